package io.facetwire.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table, built row by row. */
final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... header) {
    this.header = List.of(header);
  }

  Table row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) r.add(c == null ? "" : String.valueOf(c).replace("|", "\\|"));
    rows.add(r);
    return this;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("| ").append(String.join(" | ", header)).append(" |\n|");
    header.forEach(h -> sb.append(" --- |"));
    sb.append('\n');
    for (List<String> r : rows) sb.append("| ").append(String.join(" | ", r)).append(" |\n");
    return sb.append('\n').toString();
  }

  static String num(double v) {
    if (v == 0) return "0";
    if (Math.abs(v) >= 100) return String.format("%,.0f", v);
    if (Math.abs(v) >= 10) return String.format("%.1f", v);
    return String.format("%.2f", v);
  }

  static String mb(long bytes) {
    return String.format("%,.1f MB", bytes / 1e6);
  }
}
