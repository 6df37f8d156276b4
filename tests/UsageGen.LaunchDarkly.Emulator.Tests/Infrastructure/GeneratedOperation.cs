using System;
using System.Globalization;
using System.Threading.Tasks;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>
    /// An operation of the generated client, found by reflection: its HTTP method, its path template (as the emulator
    /// routes it, e.g. <c>/api/v2/usage/streams/{source}</c>), its <c>…QueryParameters</c> class, and the request
    /// builder to call it on.
    /// </summary>
    public sealed record GeneratedOperation(string Method, string Template, Type QueryParameters, object Builder)
    {
        /// <summary>Calls the operation with no parameters set (<c>GetAsync()</c> and the like); a failure comes out as thrown.</summary>
        public Task InvokeAsync()
        {
            var name = char.ToUpperInvariant(Method[0]) + Method.Substring(1).ToLowerInvariant() + "Async";
            var method = Builder.GetType().GetMethod(name)
                ?? throw new InvalidOperationException($"{Builder.GetType().Name} has no {name}.");

            // Null stands for every optional argument: no request configuration, CancellationToken.None.
            return (Task)method.Invoke(Builder, new object?[method.GetParameters().Length])!;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Method} {Template}");
    }
}
