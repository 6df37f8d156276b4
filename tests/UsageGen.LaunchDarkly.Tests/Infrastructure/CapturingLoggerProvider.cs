using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>Keeps every log entry of every category and level, with its scopes, for tests that search the output.</summary>
    public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

        public IExternalScopeProvider ScopeProvider { get; private set; } = new LoggerExternalScopeProvider();

        public IReadOnlyList<CapturedLogEntry> Entries => _entries.ToArray();

        public IEnumerable<string> AllTexts() => Entries.SelectMany(entry => entry.Texts());

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => ScopeProvider = scopeProvider;

        public void Add(CapturedLogEntry entry) => _entries.Enqueue(entry);

        public void Dispose()
        {
        }
    }
}
