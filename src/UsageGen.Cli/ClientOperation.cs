using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly;

namespace UsageGen.Cli
{
    /// <summary>
    /// A GET operation of the generated client: how to reach its request builder, its path and query parameters, and
    /// how to call its <c>GetAsync</c>, all read from the generated types.
    /// </summary>
    internal sealed class ClientOperation
    {
        private static readonly MethodInfo ConfigureMethod =
            typeof(ClientOperation).GetMethod(nameof(Configure), BindingFlags.NonPublic | BindingFlags.Static)!;

        private readonly MethodInfo getAsync;
        private readonly Type queryParametersType;

        public ClientOperation(string pathTemplate, IReadOnlyList<NavigationStep> steps, MethodInfo getAsync, Type queryParametersType, IReadOnlyList<QueryParameter> queryParameters)
        {
            PathTemplate = pathTemplate;
            Steps = steps;
            this.getAsync = getAsync;
            this.queryParametersType = queryParametersType;
            QueryParameters = queryParameters;
            ResponseType = getAsync.ReturnType.GetGenericArguments()[0];
        }

        /// <summary>The path as the description writes it, e.g. <c>/api/v2/usage/streams/{source}</c>.</summary>
        public string PathTemplate { get; }

        /// <summary>From the client to the operation's request builder.</summary>
        public IReadOnlyList<NavigationStep> Steps { get; }

        /// <summary>The path parameters, in URL order.</summary>
        public IEnumerable<PathParameter> PathParameters => Steps.Select(step => step.PathParameter).OfType<PathParameter>();

        /// <summary>The query parameters the operation documents.</summary>
        public IReadOnlyList<QueryParameter> QueryParameters { get; }

        /// <summary>The model the operation returns.</summary>
        public Type ResponseType { get; }

        /// <summary>The query parameter with this wire name, or null.</summary>
        public QueryParameter? Query(string wireName) => QueryParameters.FirstOrDefault(parameter => parameter.WireName == wireName);

        /// <summary>Calls the operation through the generated client, with its own error mapping and typed exceptions.</summary>
        public async Task<object?> CallAsync(LaunchDarklyUsageClient client, PathParameter.Values pathValues, Action<object> setQuery, CancellationToken cancellationToken)
        {
            object builder = client;
            foreach (var step in Steps)
            {
                builder = step.Next(builder, pathValues);
            }

            var queryParameters = Activator.CreateInstance(queryParametersType)!;
            setQuery(queryParameters);
            var configure = ConfigureMethod.MakeGenericMethod(queryParametersType).Invoke(null, new[] { queryParameters });
            var call = (Task)getAsync.Invoke(builder, new[] { configure, cancellationToken })!;
            await call.ConfigureAwait(false);
            return call.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(call);
        }

        private static Action<RequestConfiguration<T>> Configure<T>(object queryParameters)
            where T : class, new() =>
            request => request.QueryParameters = (T)queryParameters;
    }
}
