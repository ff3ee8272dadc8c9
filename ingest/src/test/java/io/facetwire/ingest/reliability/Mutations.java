package io.facetwire.ingest.reliability;

import io.facetwire.ingest.read.InputDoc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damaged copies of an input, the kinds real corpora contain: cut-off downloads, flipped bytes,
 * stray NULs and invalid UTF-8, duplicated or missing blocks, binary junk under a text name. Names
 * keep the original extension so each copy goes to the same reader as its original.
 */
final class Mutations {
  private Mutations() {}

  static String extension(String name) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.indexOf('.');
    return dot < 0 ? "" : file.substring(dot);
  }

  static List<InputDoc> of(InputDoc original, long seed) throws java.io.IOException {
    byte[] b;
    try (var in = original.open()) {
      b = in.readAllBytes();
    }
    Random r = new Random(seed ^ original.name().hashCode());
    List<byte[]> copies = new ArrayList<>();
    for (double cut : new double[] {0.01, 0.1, 0.33, 0.5, 0.9, 0.99})
      copies.add(Arrays.copyOf(b, (int) (b.length * cut)));
    for (int flips : new int[] {1, 8, 64}) copies.add(flip(b, flips, r));
    copies.add(insert(b, r.nextInt(b.length + 1), new byte[] {0, 0, 0, 0}));
    copies.add(
        insert(
            b,
            r.nextInt(b.length + 1),
            new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0x80}));
    copies.add(insert(new byte[0], 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b));
    int mid = b.length / 2;
    copies.add(insert(b, mid, Arrays.copyOfRange(b, b.length / 4, mid)));
    copies.add(
        concat(Arrays.copyOf(b, b.length / 4), Arrays.copyOfRange(b, b.length * 3 / 4, b.length)));
    copies.add(concat(Arrays.copyOfRange(b, mid, b.length), Arrays.copyOf(b, mid)));
    byte[] junk = new byte[Math.max(64, b.length)];
    r.nextBytes(junk);
    copies.add(junk);
    copies.add(new byte[0]);
    copies.add(" \n\t\r\n ".getBytes(StandardCharsets.UTF_8));
    copies.add(
        new String(b, StandardCharsets.UTF_8)
            .replace("<", "<<!--")
            .getBytes(StandardCharsets.UTF_8));
    copies.add(
        new String(b, StandardCharsets.UTF_8)
            .replace("\"", "")
            .replace(",", "\n")
            .getBytes(StandardCharsets.UTF_8));
    int slash = Math.max(original.name().lastIndexOf('/'), original.name().lastIndexOf('\\')) + 1;
    List<InputDoc> out = new ArrayList<>();
    for (int i = 0; i < copies.size(); i++) {
      String name =
          original.name().substring(0, slash) + "fuzz" + i + "-" + original.name().substring(slash);
      out.add(InputDoc.of(name, copies.get(i)));
    }
    return out;
  }

  private static byte[] flip(byte[] b, int n, Random r) {
    byte[] c = b.clone();
    for (int i = 0; i < n && c.length > 0; i++)
      c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
    return c;
  }

  private static byte[] insert(byte[] b, int at, byte[]... parts) {
    byte[] inserted = concat(parts);
    return concat(Arrays.copyOf(b, at), inserted, Arrays.copyOfRange(b, at, b.length));
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) n += p.length;
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
