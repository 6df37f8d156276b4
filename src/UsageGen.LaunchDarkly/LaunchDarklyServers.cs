using System;

namespace UsageGen.LaunchDarkly
{
    /// <summary>The LaunchDarkly instances the usage API is served from.</summary>
    public static class LaunchDarklyServers
    {
        /// <summary>The commercial instance, <c>https://app.launchdarkly.com</c>.</summary>
        public static Uri Default { get; } = new("https://app.launchdarkly.com");

        /// <summary>The federal instance, <c>https://app.launchdarkly.us</c>.</summary>
        public static Uri Federal { get; } = new("https://app.launchdarkly.us");
    }
}
