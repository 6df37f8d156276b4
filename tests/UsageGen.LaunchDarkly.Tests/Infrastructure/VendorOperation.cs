using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// One row of spec/vendor/account-usage-operations.tsv with its parameters' rows: an operation as the vendor's page
    /// describes it.
    /// </summary>
    /// <param name="Returns">The return type as the page writes it, e.g. <c>SeriesListRep</c> or <c>Array&lt;SdkVersionDetailsRep&gt;</c>.</param>
    /// <param name="Statuses">Every documented response status, success included, in the page's order.</param>
    public sealed record VendorOperation(
        string OperationId,
        string Method,
        string Path,
        string Returns,
        IReadOnlyList<int> Statuses,
        IReadOnlyList<VendorParameter> Parameters)
    {
        public override string ToString() => OperationId;
    }
}
