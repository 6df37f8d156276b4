using System;
using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>Chooses the emitter for each generated type.</summary>
    internal static class ClientEmitter
    {
        public static SourceText Emit(GeneratedTypeSpec type, bool nullableAnnotations) => type switch
        {
            RequestBuilderSpec builder => RequestBuilderEmitter.Emit(builder, nullableAnnotations),
            ModelSpec model => ModelEmitter.Emit(model, nullableAnnotations),
            EnumSpec enumSpec => EnumEmitter.Emit(enumSpec, nullableAnnotations),
            ComposedTypeSpec composed => ComposedTypeEmitter.Emit(composed, nullableAnnotations),
            ValueErrorSpec error => ValueErrorEmitter.Emit(error, nullableAnnotations),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.GetType().Name, "Unknown generated type"),
        };
    }
}
