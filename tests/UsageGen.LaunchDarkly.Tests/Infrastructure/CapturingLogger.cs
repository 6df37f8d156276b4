using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>A logger that records every call, at every level, into its <see cref="CapturingLoggerProvider"/>.</summary>
    public sealed class CapturingLogger : ILogger
    {
        private readonly string _category;
        private readonly CapturingLoggerProvider _provider;

        public CapturingLogger(string category, CapturingLoggerProvider provider)
        {
            _category = category;
            _provider = provider;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull =>
            _provider.ScopeProvider.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            _provider.ScopeProvider.ForEachScope((scope, list) => list.AddRange(Describe(scope)), scopes);
            _provider.Add(new CapturedLogEntry(_category, logLevel, formatter(state, exception), exception?.ToString(), Describe(state), scopes));
        }

        // A scope or state is often a list of name/value pairs; each value is text a provider may write on its own.
        private static List<string> Describe(object? value)
        {
            var texts = new List<string> { value?.ToString() ?? string.Empty };
            if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var pair in pairs)
                {
                    texts.Add(pair.Key + "=" + pair.Value);
                }
            }

            return texts;
        }
    }
}
