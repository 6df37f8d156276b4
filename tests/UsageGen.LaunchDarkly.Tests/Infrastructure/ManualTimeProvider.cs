using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// A clock that moves only when a test says so, so waits are checked without sleeping. (The Microsoft
    /// testing package with a fake TimeProvider is not available from the package registry here.)
    /// </summary>
    public sealed class ManualTimeProvider : TimeProvider
    {
        private readonly object _gate = new();
        private readonly List<ManualTimer> _timers = new();
        private readonly List<TaskCompletionSource<TimeSpan>> _timersStarted = new();
        private DateTimeOffset _now;
        private int _timerCount;

        public ManualTimeProvider(DateTimeOffset start) => _now = start;

        /// <summary>Completes with the due time of the first timer anybody starts.</summary>
        public Task<TimeSpan> FirstTimerStarted => TimerStarted(0);

        /// <summary>Completes with the due time of the timer started <paramref name="index"/>th (from 0), such as a retry's wait.</summary>
        public Task<TimeSpan> TimerStarted(int index)
        {
            lock (_gate)
            {
                return Signal(index).Task;
            }
        }

        public override DateTimeOffset GetUtcNow()
        {
            lock (_gate)
            {
                return _now;
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new ManualTimer(this, callback, state);
            timer.Change(dueTime, period);
            TaskCompletionSource<TimeSpan> started;
            lock (_gate)
            {
                started = Signal(_timerCount++);
            }

            started.TrySetResult(dueTime);
            return timer;
        }

        /// <summary>Moves the clock and fires every timer that falls due.</summary>
        public void Advance(TimeSpan by)
        {
            List<ManualTimer> due;
            lock (_gate)
            {
                _now += by;
                due = _timers.FindAll(timer => timer.DueAt <= _now);
                _timers.RemoveAll(timer => timer.DueAt <= _now);
            }

            foreach (var timer in due)
            {
                timer.Fire();
            }
        }

        private TaskCompletionSource<TimeSpan> Signal(int index)
        {
            while (_timersStarted.Count <= index)
            {
                _timersStarted.Add(new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            return _timersStarted[index];
        }

        private void Schedule(ManualTimer timer, TimeSpan dueTime)
        {
            lock (_gate)
            {
                _timers.Remove(timer);
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    timer.DueAt = _now + dueTime;
                    _timers.Add(timer);
                }
            }
        }

        private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
        {
            public DateTimeOffset DueAt { get; set; }

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                owner.Schedule(this, dueTime);
                return true;
            }

            public void Fire() => callback(state);

            public void Dispose() => owner.Schedule(this, Timeout.InfiniteTimeSpan);

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
