using System.Collections.Generic;
using Microsoft.Kiota.Abstractions.Serialization;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>Reads <c>_links.self</c>, which Kiota keeps as untyped nodes since <c>_links</c> is free-form.</summary>
    public static class Links
    {
        public static string SelfHref(IDictionary<string, object>? links)
        {
            Assert.NotNull(links);
            var self = Assert.IsType<UntypedObject>(links["self"]).GetValue();
            Assert.Equal("application/json", Assert.IsType<UntypedString>(self["type"]).GetValue());
            return Assert.IsType<UntypedString>(self["href"]).GetValue()!;
        }
    }
}
