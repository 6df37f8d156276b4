namespace UsageGen.Cli
{
    /// <summary>The process exit codes of <c>ldusage</c>; <c>ldusage --help</c> lists them too.</summary>
    public static class ExitCodes
    {
        /// <summary>The usage data was written.</summary>
        public const int Success = 0;

        /// <summary>Any other failure, such as an invalid request (400), an unknown flag or project (404), or a response over the client's size limit.</summary>
        public const int Failure = 1;

        /// <summary>Bad usage: an unknown command or option, or an option value that fails validation. Nothing was requested.</summary>
        public const int Usage = 2;

        /// <summary>No access token was given (and no <c>--demo</c>), or the service refused it: authentication (401) or authorization (403) failed.</summary>
        public const int AuthenticationFailed = 3;

        /// <summary>The service rate limited the request (429), also after the client's retries.</summary>
        public const int RateLimited = 4;

        /// <summary>
        /// The service failed (5xx), also after the client's retries, or the network did, or the response could not be
        /// read (empty, cut short, not JSON, or an error page from a proxy).
        /// </summary>
        public const int ServiceUnavailable = 5;
    }
}
