package vn.gov.ubnd.workflow.portal.tasks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.StoredDocument;
import vn.gov.ubnd.workflow.search.VersionConflictException;

/**
 * Claims in the index, one document per task id: the first to open a task creates it (create-only
 * write, so two colleagues opening at once cannot both hold it); taking over and completing replace
 * it at the version read.
 */
@Component
class IndexedTaskClaims implements TaskClaims {

  static final String INDEX = "portal-task-claims";

  private final SearchClient search;
  private final Clock clock;

  public IndexedTaskClaims(SearchClient search, Clock clock) {
    this.search = search;
    this.clock = clock;
  }

  @Override
  public Optional<TaskClaim> find(String taskId) {
    ensureIndex();
    return search.get(INDEX, taskId).map(this::read);
  }

  @Override
  public Map<String, TaskClaim> findAll(Collection<String> taskIds) {
    ensureIndex();
    Map<String, TaskClaim> claims = new LinkedHashMap<>();
    search.multiGet(INDEX, taskIds).forEach((id, doc) -> claims.put(id, read(doc)));
    return claims;
  }

  @Override
  public TaskClaim claim(String taskId, Person person, boolean takeOver) {
    ensureIndex();
    TaskClaim mine =
        new TaskClaim(
            taskId,
            person.username(),
            person.fullName(),
            OffsetDateTime.now(clock),
            null,
            null,
            null);
    for (int attempt = 0; attempt < 5; attempt++) {
      Optional<StoredDocument> current = search.get(INDEX, taskId);
      if (current.isEmpty()) {
        if (search.create(INDEX, taskId, mine)) {
          return mine;
        }
        continue; // a colleague was first: read theirs
      }
      TaskClaim theirs = read(current.get());
      if (theirs.completed() || theirs.username().equals(person.username()) || !takeOver) {
        return theirs;
      }
      try {
        search.replace(INDEX, current.get(), mine);
        return mine;
      } catch (VersionConflictException changed) {
        // someone else wrote meanwhile: decide again on what is there now
      }
    }
    return find(taskId).orElse(mine);
  }

  @Override
  public void completed(String taskId, Person person) {
    ensureIndex();
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (int attempt = 0; attempt < 5; attempt++) {
      Optional<StoredDocument> current = search.get(INDEX, taskId);
      TaskClaim claim = current.map(this::read).orElse(null);
      TaskClaim done =
          new TaskClaim(
              taskId,
              claim == null ? person.username() : claim.username(),
              claim == null ? person.fullName() : claim.fullName(),
              claim == null ? now : claim.claimedAt(),
              person.username(),
              person.fullName(),
              now);
      if (current.isEmpty()) {
        if (search.create(INDEX, taskId, done)) {
          return;
        }
        continue;
      }
      try {
        search.replace(INDEX, current.get(), done);
        return;
      } catch (VersionConflictException changed) {
        // read again and write on top of the newer claim
      }
    }
  }

  private TaskClaim read(StoredDocument document) {
    return search.read(document.source(), TaskClaim.class);
  }

  private void ensureIndex() {
    search.ensureIndexFromResource(INDEX, "search/" + INDEX + ".json");
  }
}
