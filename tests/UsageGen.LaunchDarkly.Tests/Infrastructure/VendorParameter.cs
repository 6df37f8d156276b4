using System.Collections.Generic;
using UsageGen.LaunchDarkly.Testing;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// One row of spec/vendor/account-usage-parameters.tsv: a parameter as the vendor's page describes it.
    /// </summary>
    /// <param name="Name">The wire name.</param>
    /// <param name="InPath">True for a path parameter, false for a query parameter.</param>
    /// <param name="Repeatable">The prose says "Can be specified multiple times".</param>
    /// <param name="Values">The values the prose lists, in its order; empty when it lists none.</param>
    /// <param name="Unit">
    /// The unit the prose gives a timestamp in (<see cref="TimestampUnit.Unspecified"/> when it gives none); null for a
    /// parameter that is not a timestamp.
    /// </param>
    public sealed record VendorParameter(string Name, bool InPath, bool Repeatable, IReadOnlyList<string> Values, TimestampUnit? Unit);
}
