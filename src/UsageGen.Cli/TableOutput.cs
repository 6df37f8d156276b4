using System;
using System.Globalization;
using System.Linq;
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
                case SeriesReport series:
                    WriteSeries(console, series);
                    break;
                case ListReport list:
                    WriteList(console, list);
                    break;
            }
        }

        private static void WriteSeries(IAnsiConsole console, SeriesReport report)
        {
            if (report.Points.Count == 0 || report.Series.Count == 0)
            {
                console.WriteLine("No usage data in the requested range.");
                return;
            }

            // Daily and monthly data all falls on midnight UTC; hours would only add noise there.
            var dateOnly = report.Points.All(point => point.Time.UtcDateTime.TimeOfDay == TimeSpan.Zero);
            var table = new Table().AddColumn(new TableColumn(new Text(dateOnly ? "date (UTC)" : "time (UTC)")));
            foreach (var series in report.Series)
            {
                table.AddColumn(new TableColumn(new Text(series.Label)).RightAligned());
            }

            foreach (var point in report.Points)
            {
                var time = point.Time.UtcDateTime.ToString(dateOnly ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                table.AddRow(new IRenderable[] { new Text(time) }
                    .Concat(point.Values.Select(value => new Text(value is { } number ? ValueText.Number(number) : string.Empty)))
                    .ToArray());
            }

            console.Write(table);
            console.WriteLine();

            var totals = report.Totals();
            var chart = new BarChart()
                .Width(Math.Min(console.Profile.Width, LargestChartWidth))
                .Label(report.Cumulative ? "Total per series (latest value)" : "Total per series (sum over the range)")
                .LeftAlignLabel()
                .UseValueFormatter(value => ValueText.Number((decimal)value));
            for (var index = 0; index < report.Series.Count; index++)
            {
                chart.AddItem(Markup.Escape(report.Series[index].Label), (double)totals[index], Color.Default);
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
