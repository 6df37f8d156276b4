using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace UsageGen.Cli
{
    /// <summary>
    /// Writes reports for people: a table with one row per timestamp and one column per series (or, when the series do
    /// not fit the width, one row per timestamp and series), then a bar chart of the totals.
    /// </summary>
    internal static class TableOutput
    {
        private const int LargestChartWidth = 100;

        private const int ColumnFrame = 3;

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
            var timeHeader = dateOnly ? "date (UTC)" : "time (UTC)";
            string TimeText(DateTimeOffset time) => time.UtcDateTime.ToString(dateOnly ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var valuesByTime = report.Series.Select(series => series.Points.ToLookup(point => point.Time, point => ValueText.Number(point.Value))).ToList();
            var table = FitsWide(console.Profile.Width, TimeText(times[0]).Length, report.Series.Select(series => series.Label), valuesByTime)
                ? Wide(timeHeader, report, times, TimeText, valuesByTime)
                : Long(timeHeader, report, times, TimeText, valuesByTime);
            console.Write(table);
            console.WriteLine();

            var chart = new BarChart()
                .Width(Math.Min(console.Profile.Width, LargestChartWidth))
                .Label(report.Averaged ? "Average per series (latest value)" : report.Cumulative ? "Total per series (latest value)" : "Total per series (sum over the range)")
                .LeftAlignLabel()
                .UseValueFormatter(value => ValueText.Number(value));
            foreach (var series in report.Series)
            {
                chart.AddItem(Markup.Escape(series.Label), double.CreateSaturating(report.Total(series)), Color.Default);
            }

            console.Write(chart);
        }

        /// <summary>One row per time, one column per series: the easiest to read when every number fits its column.</summary>
        private static Table Wide<TValue>(string timeHeader, SeriesReport<TValue> report, IReadOnlyList<DateTimeOffset> times, Func<DateTimeOffset, string> timeText, IReadOnlyList<ILookup<DateTimeOffset, string>> valuesByTime)
            where TValue : INumber<TValue>
        {
            var table = new Table().AddColumn(new TableColumn(new Text(timeHeader)));
            foreach (var series in report.Series)
            {
                table.AddColumn(new TableColumn(new Text(series.Label)).RightAligned());
            }

            foreach (var time in times)
            {
                table.AddRow(new IRenderable[] { new Text(timeText(time)) }
                    .Concat(valuesByTime.Select(values => new Text(values[time].LastOrDefault() ?? string.Empty)))
                    .ToArray());
            }

            return table;
        }

        /// <summary>One row per time and series, for series too many for the width: no number is ever split across lines.</summary>
        private static Table Long<TValue>(string timeHeader, SeriesReport<TValue> report, IReadOnlyList<DateTimeOffset> times, Func<DateTimeOffset, string> timeText, IReadOnlyList<ILookup<DateTimeOffset, string>> valuesByTime)
            where TValue : INumber<TValue>
        {
            var table = new Table()
                .AddColumn(new TableColumn(new Text(timeHeader)).NoWrap())
                .AddColumn(new TableColumn(new Text("series")))
                .AddColumn(new TableColumn(new Text("value")).RightAligned().NoWrap());
            foreach (var time in times)
            {
                for (var index = 0; index < report.Series.Count; index++)
                {
                    if (valuesByTime[index][time].LastOrDefault() is { } value)
                    {
                        table.AddRow(new Text(timeText(time)), new Text(report.Series[index].Label), new Text(value));
                    }
                }
            }

            return table;
        }

        // A column needs room for its widest number and the longest word of its label (Spectre wraps labels at spaces);
        // each column also takes two cells of padding and one of border, and the table one more border.
        private static bool FitsWide(int width, int timeWidth, IEnumerable<string> labels, IReadOnlyList<ILookup<DateTimeOffset, string>> valuesByTime)
        {
            var needed = 1 + timeWidth + ColumnFrame + labels.Zip(valuesByTime, (label, values) =>
                Math.Max(label.Split(' ').Max(word => word.Length), values.SelectMany(group => group).Select(text => text.Length).DefaultIfEmpty(0).Max()) + ColumnFrame).Sum();
            return needed <= width;
        }

        private static void WriteList(IAnsiConsole console, ListReport report)
        {
            if (report.Rows.Count == 0)
            {
                console.WriteLine("Nothing to list.");
                return;
            }

            var widths = report.Columns.Select((column, index) => report.Rows.Select(row => row[index]?.Length ?? 0).Append(column.Length).Max());
            console.Write(1 + widths.Sum(width => width + ColumnFrame) <= console.Profile.Width ? ListRows(report) : ListRecords(report));
        }

        /// <summary>One row per item, one column per field.</summary>
        private static Table ListRows(ListReport report)
        {
            var table = new Table();
            foreach (var column in report.Columns)
            {
                table.AddColumn(new TableColumn(new Text(column)));
            }

            foreach (var row in report.Rows)
            {
                table.AddRow(row.Select(cell => (IRenderable)new Text(cell ?? string.Empty)).ToArray());
            }

            return table;
        }

        /// <summary>One row per field of each item, for items with more fields than the width holds side by side.</summary>
        private static Table ListRecords(ListReport report)
        {
            var table = new Table()
                .AddColumn(new TableColumn(new Text("#")).RightAligned().NoWrap())
                .AddColumn(new TableColumn(new Text("field")).NoWrap())
                .AddColumn(new TableColumn(new Text("value")));
            for (var item = 0; item < report.Rows.Count; item++)
            {
                if (item > 0)
                {
                    table.AddEmptyRow();
                }

                var number = (item + 1).ToString(CultureInfo.InvariantCulture);
                foreach (var (column, value) in report.Columns.Zip(report.Rows[item]).Where(field => !string.IsNullOrEmpty(field.Second)))
                {
                    table.AddRow(new Text(number), new Text(column), new Text(value!));
                    number = string.Empty;
                }
            }

            return table;
        }
    }
}
