using System.Reflection;

namespace UsageGen.Cli
{
    /// <summary>
    /// One step from a request builder to the next: a property (<c>.TotalMau</c>) or an indexer that takes a path
    /// parameter (<c>.Evaluations["default"]</c>).
    /// </summary>
    internal sealed class NavigationStep
    {
        public NavigationStep(PropertyInfo property, PathParameter? pathParameter)
        {
            Property = property;
            PathParameter = pathParameter;
        }

        /// <summary>The property, or the indexer when <see cref="PathParameter"/> is set.</summary>
        public PropertyInfo Property { get; }

        /// <summary>The path parameter an indexer fills, or null for a property.</summary>
        public PathParameter? PathParameter { get; }

        /// <summary>The next builder: the property's value, or the indexer's for the parameter's value.</summary>
        public object Next(object builder, PathParameter.Values values) =>
            PathParameter is { } parameter
                ? Property.GetValue(builder, new[] { parameter.ToArgument(values[parameter.Name]) })!
                : Property.GetValue(builder)!;
    }
}
