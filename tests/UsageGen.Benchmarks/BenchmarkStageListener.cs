using System.Diagnostics.Tracing;
using BenchmarkDotNet.Engines;

namespace UsageGen.Benchmarks;

/// <summary>
/// Tells <see cref="LatencyRecorder"/> when BenchmarkDotNet's engine is in its measured (workload actual)
/// iterations, from the engine's own event source in the benchmark process. Events are raised synchronously
/// between iterations, outside the timed region, so jitting, pilot and warmup calls are never recorded.
/// </summary>
internal sealed class BenchmarkStageListener : EventListener
{
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // Called from the base constructor for sources that already exist: it must not use instance fields.
        if (eventSource.Name == EngineEventSource.SourceName)
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        switch (eventData.EventId)
        {
            case EngineEventSource.WorkloadActualStartEventId:
                LatencyRecorder.SetRecording(true);
                break;
            case EngineEventSource.WorkloadActualStopEventId:
                LatencyRecorder.SetRecording(false);
                break;
        }
    }
}
