namespace UsageGen.Generator.Emit
{
    /// <summary>The members a model or composed-type wrapper has when it keeps its values in Kiota's backing store.</summary>
    internal static class BackingStoreMembers
    {
        /// <summary>The <c>IBackedModel.BackingStore</c> property.</summary>
        public static void StoreProperty(SourceWriter writer)
        {
            writer.WriteLine("/// <summary>Stores model information.</summary>");
            writer.WriteLine("public IBackingStore BackingStore { get; private set; }");
        }

        /// <summary>A property whose value lives in the store under <paramref name="key"/>, so that the store tracks changes.</summary>
        /// <param name="key">The C# string literal of the key.</param>
        public static void Property(SourceWriter writer, string type, string name, string key)
        {
            writer.OpenBlock($"public {type} {name}");
            writer.WriteLine($"get {{ return BackingStore?.Get<{type}>({key}); }}");
            writer.WriteLine($"set {{ BackingStore?.Set({key}, value); }}");
            writer.CloseBlock();
        }

        /// <summary>The constructor statement that creates the store.</summary>
        public static void CreateStore(SourceWriter writer) =>
            writer.WriteLine("BackingStore = BackingStoreFactorySingleton.Instance.CreateBackingStore();");
    }
}
