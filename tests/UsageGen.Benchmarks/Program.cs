using BenchmarkDotNet.Running;

// Run from the repository root, in Release:
//   dotnet run -c Release --project tests/UsageGen.Benchmarks -- --filter '*'
// Add `--job short` (or `--job dry` to check that everything runs) for a quicker, less precise run.
// One group at a time: --filter '*Generation*' (single- and multi-file; '*MultiFileGeneration*' for the latter
// alone), '*Deserialization*', '*.SerializationBenchmarks.*' (writing; '*Serialization*' matches both) or
// '*RoundTrip*'. See docs/benchmarks.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
