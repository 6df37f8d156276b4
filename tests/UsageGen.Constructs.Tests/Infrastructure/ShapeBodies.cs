namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>Shape-shaped JSON as tests/specs/constructs.yaml describes it.</summary>
    public static class ShapeBodies
    {
        public const string Circle = """{ "kind": "circle", "radius": 2.5 }""";

        public const string Square = """{ "kind": "square", "side": 3 }""";

        /// <summary>One object that is both a Circle and a PetForm, as the anyOf Tagged allows.</summary>
        public const string CircleAndPetForm = """{ "kind": "disc", "radius": 1.5, "name": "Rex", "age": 4 }""";
    }
}
