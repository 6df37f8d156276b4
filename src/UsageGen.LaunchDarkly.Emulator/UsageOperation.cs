using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// One GET operation of the spec: its route, the query parameters and error statuses its description documents,
    /// and how it answers an authorised request. The emulator keeps these tables itself instead of reading the
    /// description, so that comparing them with the generated client checks both.
    /// </summary>
    internal abstract class UsageOperation
    {
        protected UsageOperation(string template, TimestampUnit? unit, params int[] documentedErrorStatuses)
        {
            Template = template;
            Unit = unit;
            DocumentedErrorStatuses = documentedErrorStatuses;
        }

        /// <summary>The route template, e.g. <c>/api/v2/usage/streams/{source}</c>.</summary>
        public string Template { get; }

        /// <summary>The 4xx and 5xx statuses the operation's description lists; injected faults stay within them.</summary>
        public IReadOnlyCollection<int> DocumentedErrorStatuses { get; }

        /// <summary>The unit of <c>from</c>/<c>to</c>, or null when the operation takes no time window.</summary>
        public TimestampUnit? Unit { get; }

        /// <summary>Every query parameter the operation reads, <c>from</c> and <c>to</c> included.</summary>
        public abstract IReadOnlyList<IQueryParameter> QueryParameters { get; }

        /// <summary>The 200 body.</summary>
        /// <exception cref="ApiErrorException">The request is invalid (400) or names an unknown resource (404).</exception>
        public abstract byte[] Respond(UsageRequest request);
    }
}
