using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly;

namespace UsageGen.Cli
{
    /// <summary>One operation of the usage API: the query parameters it documents and how to call it.</summary>
    internal sealed class UsageOperation
    {
        public UsageOperation(
            string operationId,
            bool hasTimeRange,
            IReadOnlyList<QueryFilter> filters,
            Func<LaunchDarklyUsageClient, UsageQuery, CancellationToken, Task<UsageReport>> fetch,
            string? defaultAggregationType = null)
        {
            OperationId = operationId;
            HasTimeRange = hasTimeRange;
            Filters = filters;
            Fetch = fetch;
            DefaultAggregationType = defaultAggregationType;
        }

        /// <summary>The operationId in the description.</summary>
        public string OperationId { get; }

        /// <summary>Whether the operation takes <c>from</c> and <c>to</c>.</summary>
        public bool HasTimeRange { get; }

        /// <summary>The other query parameters, offered as options.</summary>
        public IReadOnlyList<QueryFilter> Filters { get; }

        /// <summary>Calls the operation with the query's values.</summary>
        public Func<LaunchDarklyUsageClient, UsageQuery, CancellationToken, Task<UsageReport>> Fetch { get; }

        /// <summary>The aggregation the service applies when none is given, for operations that take one.</summary>
        public string? DefaultAggregationType { get; }
    }
}
