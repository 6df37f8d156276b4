namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>One GET operation of the spec: its route and how it answers an authorised request.</summary>
    internal abstract class UsageOperation
    {
        protected UsageOperation(string template)
        {
            Template = template;
        }

        /// <summary>The route template, e.g. <c>/api/v2/usage/streams/{source}</c>.</summary>
        public string Template { get; }

        /// <summary>The 200 body.</summary>
        /// <exception cref="ApiErrorException">The request is invalid (400) or names an unknown resource (404).</exception>
        public abstract byte[] Respond(UsageRequest request);
    }
}
