using System;
class T { static void Main() {
  int bad = 0; var rnd = new Random(3);
  for (int i = 0; i < 20000; i++) {
    long ticks = (long)(rnd.NextDouble() * 3155378975999999999.0);
    var a = new DateTime(ticks); var b = new TwainTest.DateTime(ticks);
    string x = a.Year + "-" + a.Month + "-" + a.Day + " " + a.DayOfYear + " " + a.DayOfWeek + " " + a.ToString("yyyy-MM-dd HH:mm:ss.fff") + " " + a.ToString() + " " + a.ToString("s");
    string y = b.Year + "-" + b.Month + "-" + b.Day + " " + b.DayOfYear + " " + b.DayOfWeek + " " + b.ToString("yyyy-MM-dd HH:mm:ss.fff") + " " + b.ToString() + " " + b.ToString("s");
    if (x != y) { bad++; if (bad < 5) Console.WriteLine(x + "\n" + y); }
    if (a.Year < 9000) { var am = a.AddMonths(i % 30 - 15); var bm = b.AddMonths(i % 30 - 15); if (am.Ticks != bm.Ticks) { bad++; if (bad < 5) Console.WriteLine("addmonths " + a); } }
    int yy = rnd.Next(1, 10000), mm = rnd.Next(1, 13), dd = rnd.Next(1, DateTime.DaysInMonth(yy, mm) + 1);
    if (new DateTime(yy, mm, dd, 1, 2, 3).Ticks != new TwainTest.DateTime(yy, mm, dd, 1, 2, 3).Ticks) bad++;
    long span = (long)((rnd.NextDouble() - 0.5) * 1e15);
    if (new TimeSpan(span).ToString() != new TwainTest.TimeSpan(span).ToString()) { bad++; if (bad < 5) Console.WriteLine(new TimeSpan(span) + " vs " + new TwainTest.TimeSpan(span)); }
    double secs = (rnd.NextDouble() - 0.5) * 1e6;
    if (TimeSpan.FromSeconds(secs).Ticks != TwainTest.TimeSpan.FromSeconds(secs).Ticks) { bad++; if (bad < 8) Console.WriteLine("fromseconds " + secs + " " + TimeSpan.FromSeconds(secs).Ticks + " " + TwainTest.TimeSpan.FromSeconds(secs).Ticks); }
  }
  // formatting (standard and custom formats), DateTime.Parse / ParseExact, TimeSpan formats and parsing
  var ic = System.Globalization.CultureInfo.InvariantCulture;
  int checks = 0;
  string[] fmts = { "d", "D", "f", "F", "g", "G", "m", "o", "r", "s", "t", "T", "u", "U", "y", "dddd, MMMM d, yyyy", "ddd MMM dd yy", "h:mm:ss tt",
    "H:m:s.FFF", "yyyy-MM-ddTHH:mm:ss.fffffffK", "%d", "yyyyy", "y yy yyy", "gg zzz zz", "'lit' \\d \"q\"", "MMMMM ddddd", "t", "HH:mm:ss.FFFFFFF", "hh h tt t" };
  string[] exact = { "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss", "MMMM d, yyyy h:mm tt", "ddd, dd MMM yyyy HH:mm:ss", "yyyyMMddHHmmss", "M/d/yy H:mm", "yyyy-MM-ddTHH:mm:ss.fffffff", "HH:mm:ss.FFF dd MMM yyyy" };
  string[] parseFmts = { "o", "s", "d", "G", "D", "F", "R", "u", "yyyy-MM-dd", "M/d/yyyy h:mm tt", "MMMM d, yyyy", "d MMM yyyy HH:mm", "yyyy-MM-ddTHH:mm:sszzz", "MMM yyyy" };
  for (int i = 0; i < 3000; i++) {
    long ticks = (long)(rnd.NextDouble() * 3155378975999999999.0);
    if (i % 3 == 0) ticks -= ticks % TimeSpan.TicksPerSecond;
    var kind = (DateTimeKind)(i % 3);
    var a = new DateTime(ticks, kind); var b = new TwainTest.DateTime(ticks, kind);
    foreach (var f in fmts) {
      string x, y;
      try { x = a.ToString(f, ic); } catch (Exception e) { x = e.GetType().Name; }
      try { y = b.ToString(f, ic); } catch (Exception e) { y = e.GetType().Name; }
      checks++;
      if (x != y) { bad++; if (bad < 20) Console.WriteLine("format '" + f + "': mono=" + x + " twain=" + y); }
    }
    foreach (var f in exact) {
      string text = a.ToString(f, ic);
      string x, y;
      try { var r = DateTime.ParseExact(text, f, ic); x = r.Ticks + " " + r.Kind; } catch (Exception e) { x = e.GetType().Name + e.Message; }
      try { var r = TwainTest.DateTime.ParseExact(text, f, ic); y = r.Ticks + " " + r.Kind; } catch (Exception e) { y = e.GetType().Name + e.Message; }
      checks++;
      if (x != y) { bad++; if (bad < 20) Console.WriteLine("exact '" + text + "' '" + f + "': mono=" + x + " twain=" + y); }
    }
    if (a.Year >= 1000) foreach (var f in parseFmts) {
      string text = a.ToString(f, ic);
      string x, y;
      try { var r = DateTime.Parse(text, ic); x = r.Ticks + " " + r.Kind; } catch (Exception e) { x = e.GetType().Name + e.Message; }
      try { var r = TwainTest.DateTime.Parse(text, ic); y = r.Ticks + " " + r.Kind; } catch (Exception e) { y = e.GetType().Name + e.Message; }
      checks++;
      if (x != y) { bad++; if (bad < 20) Console.WriteLine("parse '" + text + "': mono=" + x + " twain=" + y); }
    }
    long span = (long)((rnd.NextDouble() - 0.5) * (i % 2 == 0 ? 1e15 : 1e18));
    if (i % 4 == 0) span -= span % TimeSpan.TicksPerSecond;
    var ta = new TimeSpan(span); var tb = new TwainTest.TimeSpan(span);
    foreach (var f in new[] { "c", "g", "G", "T", "hh\\:mm\\:ss", "d\\.hh\\:mm\\:ss\\.fff", "%d", "dddddd", "h\\:m\\:s", "FFFFFFF", "'x'ff", "mm" }) {
      string x, y;
      try { x = ta.ToString(f, ic); } catch (Exception e) { x = e.GetType().Name; }
      try { y = tb.ToString(f, ic); } catch (Exception e) { y = e.GetType().Name; }
      checks++;
      if (x != y) { bad++; if (bad < 20) Console.WriteLine("ts format '" + f + "': mono=" + x + " twain=" + y); }
      if (f.Length > 1 && x == y && !x.EndsWith("Exception")) {
        string px, py;
        try { px = TimeSpan.ParseExact(x, f, ic).Ticks.ToString(); } catch (Exception e) { px = e.GetType().Name; }
        try { py = TwainTest.TimeSpan.ParseExact(x, f, ic).Ticks.ToString(); } catch (Exception e) { py = e.GetType().Name; }
        checks++;
        if (px != py) { bad++; if (bad < 20) Console.WriteLine("ts exact '" + x + "' '" + f + "': mono=" + px + " twain=" + py); }
      }
    }
    foreach (var text in new[] { ta.ToString(), ta.ToString("g", ic), ta.ToString("G", ic) }) {
      string x, y;
      try { x = TimeSpan.Parse(text).Ticks.ToString(); } catch (Exception e) { x = e.GetType().Name; }
      try { y = TwainTest.TimeSpan.Parse(text).Ticks.ToString(); } catch (Exception e) { y = e.GetType().Name; }
      checks++;
      if (x != y) { bad++; if (bad < 20) Console.WriteLine("ts parse '" + text + "': mono=" + x + " twain=" + y); }
    }
  }
  Console.WriteLine("datetime diffs: " + bad + " (20000 random dates/spans, then " + checks + " format/parse cases)");
}}
