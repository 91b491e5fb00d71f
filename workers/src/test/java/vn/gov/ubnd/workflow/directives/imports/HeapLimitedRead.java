package vn.gov.ubnd.workflow.directives.imports;

import java.nio.file.Path;

/**
 * Reads each file given with the real reader, in a JVM started with the workers' production heap
 * (256 MB): prints "READ name rows" or "REFUSED name: message" per file. Run by
 * ImportMemoryLimitsTest; an OutOfMemoryError ends the JVM (as it ends the workers) and fails it.
 */
public final class HeapLimitedRead {

  private HeapLimitedRead() {}

  public static void main(String[] args) throws Exception {
    for (String name : args) {
      Path file = Path.of(name);
      int[] rows = {0};
      try {
        TableReader.read(file, TableReader.Format.of(name), (number, cells) -> rows[0]++);
        System.out.println("READ " + file.getFileName() + " " + rows[0]);
      } catch (ImportRefusedException refused) {
        System.out.println("REFUSED " + file.getFileName() + ": " + refused.getMessage());
      }
    }
  }
}
