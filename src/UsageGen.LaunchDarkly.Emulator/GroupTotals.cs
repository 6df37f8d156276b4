using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The daily amounts of one series (the sum of its rows) over a range of UTC days, and the values each
    /// aggregation and granularity derives from them. Hours split each row's day by
    /// <see cref="Synthetic.ShareThroughHour"/>, rounded per row, so hourly values add up to the daily one and
    /// grouped series add up to the ungrouped one; the current day counts only its hours up to now. Averages divide
    /// the month-to-date value by the days (or hours) from the first of the month through the period, the current
    /// one counting whole.
    /// </summary>
    internal sealed class GroupTotals
    {
        private readonly int _seed;
        private readonly IReadOnlyList<UsageRow> _rows;
        private readonly long _firstDay;
        private readonly decimal[] _wholeDays;
        private readonly decimal[] _prefix;
        private readonly long _today;
        private readonly int _currentHour;
        private readonly bool _fractional;

        public GroupTotals(int seed, IReadOnlyList<UsageRow> rows, long firstDay, long lastDay, DateTimeOffset now)
        {
            _seed = seed;
            _rows = rows;
            _firstDay = firstDay;
            _today = Synthetic.DayNumber(now);
            _currentHour = now.UtcDateTime.Hour;
            _fractional = rows.Any(row => row.Fractional);
            _wholeDays = new decimal[lastDay - firstDay + 1];
            foreach (var row in rows)
            {
                for (var day = firstDay; day <= lastDay; day++)
                {
                    _wholeDays[day - firstDay] += Synthetic.Daily(seed, row, day);
                }
            }

            _prefix = new decimal[_wholeDays.Length + 1];
            for (var index = 0; index < _wholeDays.Length; index++)
            {
                var day = firstDay + index;
                _prefix[index + 1] = _prefix[index] + Through(day, LastHour(day));
            }
        }

        /// <summary>The value for the UTC day <paramref name="day"/>.</summary>
        public decimal Day(Aggregation aggregation, long day) => aggregation == Aggregation.Average
            ? Mean(Day(Aggregation.MonthToDate, day), day - MonthStart(day) + 1)
            : Before(aggregation, day) + Sum(day, day);

        /// <summary>The value for hour <paramref name="hour"/> (UTC) of <paramref name="day"/>.</summary>
        public decimal Hour(Aggregation aggregation, long day, int hour) => aggregation switch
        {
            Aggregation.Incremental => Through(day, hour) - (hour == 0 ? 0 : Through(day, hour - 1)),
            Aggregation.Average => Mean(Hour(Aggregation.MonthToDate, day, hour), ((day - MonthStart(day)) * 24) + hour + 1),
            _ => Before(aggregation, day) + Through(day, hour),
        };

        public static long MonthStart(long day)
        {
            var date = Synthetic.StartOfDay(day);
            return Synthetic.DayNumber(new DateTimeOffset(date.Year, date.Month, 1, 0, 0, 0, TimeSpan.Zero));
        }

        /// <summary>What the days before <paramref name="day"/> contribute to its value.</summary>
        private decimal Before(Aggregation aggregation, long day) => aggregation switch
        {
            Aggregation.MonthToDate => Sum(MonthStart(day), day - 1),
            Aggregation.Rolling30Days => Sum(day - 29, day - 1),
            _ => 0,
        };

        /// <summary>The amount of a day's hours 0 to <paramref name="hour"/> (no later than now).</summary>
        private decimal Through(long day, int hour)
        {
            var last = Math.Min(hour, LastHour(day));
            if (last == 23)
            {
                return _wholeDays[day - _firstDay];
            }

            var share = Synthetic.ShareThroughHour(last);
            var total = 0m;
            foreach (var row in _rows)
            {
                total += Synthetic.Round(Synthetic.Daily(_seed, row, day) * share, row.Fractional);
            }

            return total;
        }

        // The mean of a month-to-date total over the periods it spans, rounded like the amounts it averages.
        private decimal Mean(decimal total, long periods) => Synthetic.Round(total / periods, _fractional);

        private int LastHour(long day) => day == _today ? _currentHour : 23;

        private decimal Sum(long fromDay, long toDay) =>
            toDay < fromDay ? 0 : _prefix[toDay - _firstDay + 1] - _prefix[fromDay - _firstDay];
    }
}
