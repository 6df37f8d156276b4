using System;
using Microsoft.Extensions.Options;

namespace UsageGen.LaunchDarkly
{
    /// <summary>Runs <see cref="LaunchDarklyUsageClientOptions.Validate"/> for the options system, so bad settings fail at start-up.</summary>
    internal sealed class LaunchDarklyUsageClientOptionsValidator : IValidateOptions<LaunchDarklyUsageClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, LaunchDarklyUsageClientOptions options)
        {
            try
            {
                options.Validate();
                return ValidateOptionsResult.Success;
            }
            catch (ArgumentException ex)
            {
                // The messages name the setting and never contain the token.
                return ValidateOptionsResult.Fail(ex.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0]);
            }
        }
    }
}
