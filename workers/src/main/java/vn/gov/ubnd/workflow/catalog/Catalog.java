package vn.gov.ubnd.workflow.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The province's organisation as data: who exists, by which code, in which Tasklist group. */
public final class Catalog {

  private final Province province;
  private final Office office;
  private final Map<String, Department> departments;
  private final Map<String, Leader> leaders;
  private final SignIn signIn;
  private final Map<String, CouncilField> councilFields;

  public Catalog(
      Province province, Office office, List<Department> departments, List<Leader> leaders) {
    this(province, office, departments, leaders, SignIn.DEFAULT);
  }

  public Catalog(
      Province province,
      Office office,
      List<Department> departments,
      List<Leader> leaders,
      SignIn signIn) {
    this(province, office, departments, leaders, signIn, List.of());
  }

  public Catalog(
      Province province,
      Office office,
      List<Department> departments,
      List<Leader> leaders,
      SignIn signIn,
      List<CouncilField> councilFields) {
    this.province = province;
    this.councilFields = index(councilFields, CouncilField::code, "council field");
    this.signIn = signIn;
    this.office = office;
    this.departments = index(departments, Department::code, "department");
    this.leaders = index(leaders, Leader::code, "leader");
    if (leaders.stream().filter(l -> l.role() == Leader.Role.CHAIR).count() != 1) {
      throw new IllegalArgumentException("the catalog must name exactly one chair (role CHAIR)");
    }
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key, String what) {
    return items.stream()
        .collect(
            Collectors.toMap(
                key,
                Function.identity(),
                (a, b) -> {
                  throw new IllegalArgumentException("duplicate " + what + " code " + key.apply(a));
                },
                LinkedHashMap::new));
  }

  public Province province() {
    return province;
  }

  public SignIn signIn() {
    return signIn;
  }

  public Office office() {
    return office;
  }

  public List<Department> departments() {
    return List.copyOf(departments.values());
  }

  public List<Leader> leaders() {
    return List.copyOf(leaders.values());
  }

  public Optional<Department> department(String code) {
    return Optional.ofNullable(code == null ? null : departments.get(code));
  }

  public Optional<Leader> leader(String code) {
    return Optional.ofNullable(code == null ? null : leaders.get(code));
  }

  /** The Council committees' fields, in the catalog's order. */
  public List<CouncilField> councilFields() {
    return List.copyOf(councilFields.values());
  }

  public Optional<CouncilField> councilField(String code) {
    return Optional.ofNullable(code == null ? null : councilFields.get(code));
  }

  public Leader chair() {
    return leaders.values().stream()
        .filter(l -> l.role() == Leader.Role.CHAIR)
        .findFirst()
        .orElseThrow();
  }
}
