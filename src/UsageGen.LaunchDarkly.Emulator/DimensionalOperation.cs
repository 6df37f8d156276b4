using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// An operation that sums data rows into series: filters keep rows, <c>groupBy</c> splits them, the aggregation
    /// and granularity shape the points (MAU, contexts, events, service connections, AI runs, warehouse export,
    /// observability, Vega AI).
    /// </summary>
    internal sealed class DimensionalOperation : UsageOperation
    {
        private readonly TimestampUnit _unit;

        public DimensionalOperation(string template, TimestampUnit unit, params int[] documentedErrorStatuses)
            : base(template, unit, documentedErrorStatuses)
        {
            _unit = unit;
        }

        public required DefaultStart DefaultStart { get; init; }

        /// <summary>The rows the operation reports on (e.g. only client-side SDKs, only the primary context kind).</summary>
        public required IReadOnlyList<UsageRow> Rows { get; init; }

        public IReadOnlyList<FilterParameter> Filters { get; init; } = Array.Empty<FilterParameter>();

        public GroupByParameter? GroupBy { get; init; }

        /// <summary>Dimensions every response is split by, after the requested ones (e.g. the context kind).</summary>
        public IReadOnlyList<GroupDimension> AlwaysGroupedBy { get; init; } = Array.Empty<GroupDimension>();

        public ChoiceParameter<Aggregation>? AggregationParameter { get; init; }

        /// <summary>The aggregation when the operation has no <c>aggregationType</c> parameter.</summary>
        public Aggregation FixedAggregation { get; init; } = Aggregation.Incremental;

        /// <summary>The granularity parameter; without one, points are daily.</summary>
        public ChoiceParameter<PeriodKind>? GranularityParameter { get; init; }

        public ScopeRule? Scope { get; init; }

        public override IReadOnlyList<IQueryParameter> QueryParameters =>
            TimeWindow.Parameters
                .Concat(Filters)
                .Concat(new IQueryParameter?[] { GroupBy, AggregationParameter, GranularityParameter }.OfType<IQueryParameter>())
                .ToArray();

        public override byte[] Respond(UsageRequest request)
        {
            var query = request.Query;
            var aggregation = AggregationParameter?.Read(query) ?? FixedAggregation;
            var granularity = GranularityParameter?.Read(query) ?? PeriodKind.Day;
            var groupBy = (GroupBy?.Read(query) ?? Array.Empty<GroupDimension>()).Concat(AlwaysGroupedBy).ToArray();
            var filters = Filters.Select(filter => (filter.Dimension, Values: filter.Read(query))).ToArray();
            var window = TimeWindow.Resolve(query, _unit, DefaultStart, request.Now);
            Scope?.Check(query);
            // A monthly point is the month's value at its last day, which only the per-month aggregations define.
            if (granularity == PeriodKind.Month && aggregation is not (Aggregation.MonthToDate or Aggregation.Average))
            {
                throw ApiErrorException.InvalidRequest("granularity monthly is only supported with aggregationType month_to_date");
            }

            var rows = Rows.Where(row => filters.All(filter => row.Matches(filter.Dimension, filter.Values))).ToArray();
            var result = SeriesBuilder.Build(request.Seed, rows, groupBy, aggregation, granularity, window);
            return JsonBodies.SeriesList(request.SelfHref, result);
        }
    }
}
