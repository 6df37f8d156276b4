using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Threading.Tasks;

namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>
    /// An operation of the generated client, found by reflection: its HTTP method, its path template (as the emulator
    /// routes it, e.g. <c>/api/v2/usage/streams/{source}</c>), its <c>…QueryParameters</c> class, the request builder
    /// to call it on, and for each path parameter the types of the indexers that fill it (<c>string</c>, and an enum
    /// where the description gives the parameter closed values).
    /// </summary>
    public sealed record GeneratedOperation(
        string Method,
        string Template,
        Type QueryParameters,
        object Builder,
        IReadOnlyDictionary<string, IReadOnlyList<Type>> PathParameters)
    {
        /// <summary>Calls the operation with no parameters set (<c>GetAsync()</c> and the like); a failure comes out as thrown.</summary>
        public Task InvokeAsync()
        {
            var method = ExecuteMethod();

            // Null stands for every optional argument: no request configuration, CancellationToken.None.
            return (Task)method.Invoke(Builder, new object?[method.GetParameters().Length])!;
        }

        /// <summary>What the operation's task yields, e.g. <c>SeriesListRep</c> for <c>Task&lt;SeriesListRep?&gt;</c>.</summary>
        public Type ResultType()
        {
            var task = ExecuteMethod().ReturnType;
            return task.IsGenericType && task.GetGenericTypeDefinition() == typeof(Task<>)
                ? task.GetGenericArguments()[0]
                : throw new InvalidOperationException($"{this} returns {task.Name}, not Task<T>.");
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Method} {Template}");

        private MethodInfo ExecuteMethod()
        {
            var name = char.ToUpperInvariant(Method[0]) + Method.Substring(1).ToLowerInvariant() + "Async";
            return Builder.GetType().GetMethod(name)
                ?? throw new InvalidOperationException($"{Builder.GetType().Name} has no {name}.");
        }
    }
}
