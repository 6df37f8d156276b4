namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The <c>{source}</c> path value of the stream operations: <c>client</c> or <c>server</c>.</summary>
    internal static class StreamSources
    {
        public static string Read(UsageRequest request)
        {
            var source = request.RouteValue("source");
            if (source is not ("client" or "server"))
            {
                throw ApiErrorException.NotFound($"Invalid resource identifier: unknown stream source '{source}' (expected client or server)");
            }

            return source;
        }
    }
}
