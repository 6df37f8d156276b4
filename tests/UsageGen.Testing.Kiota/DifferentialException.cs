using System;

namespace UsageGen.Testing.Kiota;

/// <summary>Kiota's JSON path and a generated one disagreed: about a payload read, or about what was written.</summary>
public sealed class DifferentialException(string message) : Exception(message);
