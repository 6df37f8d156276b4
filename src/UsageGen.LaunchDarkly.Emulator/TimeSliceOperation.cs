using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// An operation whose granularity follows the age of the data requested, as its description says: minutely if
    /// the window starts within the past two hours, hourly within the past two days, daily otherwise (evaluations,
    /// events, streams). Daily periods break at midnight in the <c>tz</c> time zone where the operation has one.
    /// </summary>
    internal sealed class TimeSliceOperation : UsageOperation
    {
        private static readonly TextParameter TimeZone = new("tz");

        public TimeSliceOperation(string template, params int[] documentedErrorStatuses)
            : base(template, TimestampUnit.Unspecified, documentedErrorStatuses)
        {
        }

        public required DefaultStart DefaultStart { get; init; }

        /// <summary>Whether the operation has the <c>tz</c> parameter.</summary>
        public bool HasTimeZone { get; init; }

        /// <summary>The series for a request; throws for unknown path values (404) or invalid filters (400).</summary>
        public required Func<UsageRequest, IReadOnlyList<TimeSliceLine>> Lines { get; init; }

        /// <summary>
        /// The filters <see cref="Lines"/> applies itself (bysdkversion's <c>sdk</c>, <c>version</c>), declared here so
        /// that <see cref="QueryParameters"/> names every parameter the operation reads.
        /// </summary>
        public IReadOnlyList<FilterParameter> Filters { get; init; } = Array.Empty<FilterParameter>();

        public override IReadOnlyList<IQueryParameter> QueryParameters =>
            TimeWindow.Parameters
                .Concat(HasTimeZone ? new IQueryParameter[] { TimeZone } : Array.Empty<IQueryParameter>())
                .Concat(Filters)
                .ToArray();

        public override byte[] Respond(UsageRequest request)
        {
            var lines = Lines(request);
            var zone = HasTimeZone ? ReadTimeZone(request.Query) : TimeZoneInfo.Utc;
            var window = TimeWindow.Resolve(request.Query, TimestampUnit.Unspecified, DefaultStart, request.Now);
            var granularity = window.From >= request.Now.AddHours(-2) ? PeriodKind.Minute
                : window.From >= request.Now.AddDays(-2) ? PeriodKind.Hour
                : PeriodKind.Day;

            var points = Periods.Starts(granularity, window.From, window.End, zone)
                .Select(start =>
                {
                    var end = Periods.Next(granularity, start, zone);
                    return new SeriesPoint(start, lines.Select(line => Value(request, line, granularity, start, end)).ToArray());
                })
                .ToArray();
            return JsonBodies.SeriesList(request.SelfHref, new SeriesResult(lines.Select(line => line.Metadata).ToArray(), points));
        }

        private static decimal Value(UsageRequest request, TimeSliceLine line, PeriodKind granularity, DateTimeOffset start, DateTimeOffset end)
        {
            var activity = granularity == PeriodKind.Day ? 1.0 : Synthetic.HourlyActivity(start.UtcDateTime.Hour);
            var noise = 0.9 + (0.2 * Synthetic.Unit(request.Seed, line.Identity, start.ToUnixTimeMilliseconds()));
            if (line.IsGauge)
            {
                return Synthetic.Round((decimal)(line.Rate * activity * noise), fractional: false);
            }

            // A period still under way has only counted up to now.
            var elapsed = (request.Now < end ? request.Now : end) - start;
            return Synthetic.Round((decimal)(line.Rate * elapsed.TotalMinutes * activity * noise), fractional: false);
        }

        private static TimeZoneInfo ReadTimeZone(QueryReader query)
        {
            var id = query.Single(TimeZone.Name);
            if (id is null)
            {
                return TimeZoneInfo.Utc;
            }

            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                throw ApiErrorException.InvalidRequest($"Invalid value '{id}' for tz: expected a time zone such as America/Los_Angeles");
            }
        }
    }
}
