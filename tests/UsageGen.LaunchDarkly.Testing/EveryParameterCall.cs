using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;

namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>
    /// A call that sets every query parameter of its operation: arrays with two values (one needing percent-encoding),
    /// enums whose wire value differs from the C# name, from/to in the unit the operation documents; and the query
    /// the wire must carry, spelled out literally from the spec.
    /// </summary>
    public sealed class EveryParameterCall : OperationCall
    {
        public EveryParameterCall(
            string path,
            IReadOnlyList<KeyValuePair<string, string>> expectedQuery,
            Func<LaunchDarklyUsageClient, IRequestOption[], Task<object?>> invoke)
            : base(path, invoke)
        {
            ExpectedQuery = expectedQuery;
        }

        /// <summary>The decoded query pairs, in any order; repeated keys list their values in the order set.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> ExpectedQuery { get; }
    }
}
