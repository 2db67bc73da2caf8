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
  Console.WriteLine("datetime diffs: " + bad);
}}
