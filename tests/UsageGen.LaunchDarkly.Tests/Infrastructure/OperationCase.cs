using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// One spec operation: how to call it through the generated client with every query parameter set, and what the
    /// wire request and the documented error statuses must be (written from the spec, not from the generated code).
    /// </summary>
    public sealed class OperationCase
    {
        public OperationCase(
            string operationId,
            string path,
            ResponseKind kind,
            IReadOnlyList<int> errorStatuses,
            IReadOnlyList<KeyValuePair<string, string>> expectedQuery,
            Func<LaunchDarklyUsageClient, IRequestOption[], Task<object?>> invoke)
        {
            OperationId = operationId;
            Path = path;
            Kind = kind;
            ErrorStatuses = errorStatuses;
            ExpectedQuery = expectedQuery;
            Invoke = invoke;
        }

        public string OperationId { get; }

        /// <summary>The request path the server must see (no characters needing escapes in these cases).</summary>
        public string Path { get; }

        public ResponseKind Kind { get; }

        /// <summary>The non-2xx statuses the spec documents for the operation.</summary>
        public IReadOnlyList<int> ErrorStatuses { get; }

        /// <summary>The decoded query pairs, in any order; repeated keys list their values in the order set.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> ExpectedQuery { get; }

        /// <summary>Calls the operation; the options are added to the request (e.g. to turn retries off).</summary>
        public Func<LaunchDarklyUsageClient, IRequestOption[], Task<object?>> Invoke { get; }

        public override string ToString() => OperationId;
    }
}
