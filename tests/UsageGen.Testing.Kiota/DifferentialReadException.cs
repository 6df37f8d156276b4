using System;

namespace UsageGen.Testing.Kiota;

/// <summary>Kiota's read path and a generated one disagreed about a payload.</summary>
public sealed class DifferentialReadException(string message) : Exception(message);
