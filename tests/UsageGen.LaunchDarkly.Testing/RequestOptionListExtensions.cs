using System.Collections.Generic;
using Microsoft.Kiota.Abstractions;

namespace UsageGen.LaunchDarkly.Testing
{
    internal static class RequestOptionListExtensions
    {
        /// <summary>Adds per-request middleware options (e.g. a RetryHandlerOption) to a request configuration.</summary>
        public static void AddAll(this IList<IRequestOption> target, IEnumerable<IRequestOption> options)
        {
            foreach (var option in options)
            {
                target.Add(option);
            }
        }
    }
}
