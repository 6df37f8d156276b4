using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace UsageGen.Cli
{
    /// <summary>Writes reports for people: a table with one row per timestamp and one column per series, then a bar chart of the totals.</summary>
    internal static class TableOutput
    {
        private const int LargestChartWidth = 100;

        public static void Write(IAnsiConsole console, UsageReport report)
        {
            switch (report)
            {
                case SeriesReport<long> counts:
                    WriteSeries(console, counts);
                    break;
                case SeriesReport<double> fractions:
                    WriteSeries(console, fractions);
                    break;
                case ListReport list:
                    WriteList(console, list);
                    break;
            }
        }

        private static void WriteSeries<TValue>(IAnsiConsole console, SeriesReport<TValue> report)
            where TValue : INumber<TValue>
        {
            var times = report.Series.SelectMany(series => series.Points).Select(point => point.Time).Distinct().Order().ToList();
            if (times.Count == 0)
            {
                console.WriteLine("No usage data in the requested range.");
                return;
            }

            // Daily and monthly data all falls on midnight UTC; hours would only add noise there.
            var dateOnly = times.All(time => time.UtcDateTime.TimeOfDay == TimeSpan.Zero);
            var table = new Table().AddColumn(new TableColumn(new Text(dateOnly ? "date (UTC)" : "time (UTC)")));
            foreach (var series in report.Series)
            {
                table.AddColumn(new TableColumn(new Text(series.Label)).RightAligned());
            }

            var valuesByTime = report.Series.Select(series => series.Points.ToLookup(point => point.Time, point => ValueText.Number(point.Value))).ToList();
            foreach (var time in times)
            {
                var text = time.UtcDateTime.ToString(dateOnly ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                table.AddRow(new IRenderable[] { new Text(text) }
                    .Concat(valuesByTime.Select(values => new Text(values[time].LastOrDefault() ?? string.Empty)))
                    .ToArray());
            }

            console.Write(table);
            console.WriteLine();

            var chart = new BarChart()
                .Width(Math.Min(console.Profile.Width, LargestChartWidth))
                .Label(report.Cumulative ? "Total per series (latest value)" : "Total per series (sum over the range)")
                .LeftAlignLabel()
                .UseValueFormatter(value => ValueText.Number(value));
            foreach (var series in report.Series)
            {
                chart.AddItem(Markup.Escape(series.Label), double.CreateSaturating(report.Total(series)), Color.Default);
            }

            console.Write(chart);
        }

        private static void WriteList(IAnsiConsole console, ListReport report)
        {
            if (report.Rows.Count == 0)
            {
                console.WriteLine("Nothing to list.");
                return;
            }

            var table = new Table();
            foreach (var column in report.Columns)
            {
                table.AddColumn(new TableColumn(new Text(column)));
            }

            foreach (var row in report.Rows)
            {
                table.AddRow(row.Select(cell => (IRenderable)new Text(cell)).ToArray());
            }

            console.Write(table);
        }
    }
}
