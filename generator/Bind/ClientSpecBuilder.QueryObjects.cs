using System;
using System.Collections.Generic;
using System.Linq;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;
using UsageGen.Generator.Parse;

namespace UsageGen.Generator.Bind
{
    /// <summary>
    /// Object-typed query parameters (deepObject and form style): the values of the generated class that are sent one
    /// by one, each with a URL-template entry of its own so that Kiota's runtime builds the URL.
    /// </summary>
    internal sealed partial class ClientSpecBuilder
    {
        /// <summary>Per parameter (shared by the operations of a path item), what it sends; null when it is sent as a string.</summary>
        private readonly Dictionary<OpenApiParameter, (QueryObjectStyle Style, TypeRef Type, EquatableArray<QueryObjectLeafSpec> Leaves)?> _queryObjects = new();

        /// <summary>deepObject parameters that are not objects, reported once though a path item's operations share them.</summary>
        private readonly HashSet<OpenApiParameter> _reportedDeepObjects = new();

        /// <summary>
        /// The typed form of an object-typed query parameter, worked out (and reported on) once per parameter;
        /// null when it can only be sent as a string. <paramref name="otherNames"/> are the template names of the
        /// operation's other query parameters, which a form-exploded property must not take.
        /// </summary>
        private (QueryObjectStyle Style, TypeRef Type, EquatableArray<QueryObjectLeafSpec> Leaves)? QueryObject(OpenApiParameter parameter, TypeRef type, IEnumerable<string> otherNames)
        {
            if (_queryObjects.TryGetValue(parameter, out var known))
            {
                return known;
            }

            var result = BuildQueryObject(parameter, type, otherNames);
            _queryObjects[parameter] = result;
            return result;
        }

        private (QueryObjectStyle Style, TypeRef Type, EquatableArray<QueryObjectLeafSpec> Leaves)? BuildQueryObject(OpenApiParameter parameter, TypeRef type, IEnumerable<string> otherNames)
        {
            var construct = $"The object-typed query parameter '{parameter.Name}'";
            QueryObjectStyle style;
            switch (parameter.Style ?? "form")
            {
                case "deepObject":
                    style = QueryObjectStyle.DeepObject;
                    break;
                case "form":
                    style = parameter.Explode ?? true ? QueryObjectStyle.FormExploded : QueryObjectStyle.Form;
                    break;
                default:
                    Report(DiagnosticDescriptors.ObjectQueryParameter, parameter.Location, construct, $"style '{parameter.Style}' is only supported for objects as form and deepObject; it is sent as a string");
                    return null;
            }

            if (type is not { Kind: TypeRefKind.Model, IsCollection: false } || FindModel(type.TypeName!) is not { } model)
            {
                var what = type.IsCollection ? "an array of objects" : type.Kind == TypeRefKind.Model ? "a composition (oneOf/anyOf)" : "a free-form object";
                Report(DiagnosticDescriptors.ObjectQueryParameter, parameter.Location, construct, $"it is {what}, which has no defined query form; it is sent as a string");
                return null;
            }

            if (!PropertiesOf(model).Any())
            {
                Report(DiagnosticDescriptors.ObjectQueryParameter, parameter.Location, construct, "it declares no properties (only additionalProperties, or none); it is sent as a string");
                return null;
            }

            var leaves = new List<QueryObjectLeafSpec>();
            var taken = new HashSet<string>(otherNames, StringComparer.OrdinalIgnoreCase);
            var visiting = new HashSet<string>(StringComparer.Ordinal) { model.FullName };
            CollectLeaves(parameter, style, model, parameter.Name, new List<string>(), leaves, visiting, taken);
            return (style, type, leaves.ToEquatableArray());
        }

        private void CollectLeaves(OpenApiParameter parameter, QueryObjectStyle style, ModelSpec model, string prefix, List<string> path, List<QueryObjectLeafSpec> leaves, HashSet<string> visiting, HashSet<string> taken)
        {
            foreach (var property in PropertiesOf(model))
            {
                var wirePath = style == QueryObjectStyle.DeepObject ? prefix + "[" + property.WireName + "]" : property.WireName;
                var propertyPath = new List<string>(path) { property.Name };
                var type = property.Type;
                string? problem = null;
                if (type.Kind == TypeRefKind.Enum || (type.Kind == TypeRefKind.Primitive && type.Primitive is not (PrimitiveKind.ByteArray or PrimitiveKind.TimeSpan)))
                {
                    if (type.IsCollection && style == QueryObjectStyle.Form)
                    {
                        problem = "an array inside an object has no defined form style without explode";
                    }
                    else
                    {
                        // An array inside a deepObject has no form in OpenAPI; ours is the bracket convention (a[b][]=x&a[b][]=y)
                        // that the servers which read brackets (PHP, Rails, qs, Stripe) take for an array.
                        var name = style == QueryObjectStyle.Form ? parameter.Name : type.IsCollection && style == QueryObjectStyle.DeepObject ? wirePath + "[]" : wirePath;
                        var templateName = SymbolNames.TemplateName(name);
                        if (style == QueryObjectStyle.FormExploded && !taken.Add(templateName))
                        {
                            problem = $"another query parameter is named '{name}'";
                        }
                        else
                        {
                            leaves.Add(new QueryObjectLeafSpec(templateName, property.WireName, propertyPath.ToEquatableArray(), type.IsCollection));
                        }
                    }
                }
                else if (type is { Kind: TypeRefKind.Model, IsCollection: false } && FindModel(type.TypeName!) is { } nested)
                {
                    if (style != QueryObjectStyle.DeepObject)
                    {
                        problem = "form style has no defined form for an object inside an object (deepObject has)";
                    }
                    else if (!visiting.Add(nested.FullName))
                    {
                        problem = "the object contains itself";
                    }
                    else
                    {
                        CollectLeaves(parameter, style, nested, wirePath, propertyPath, leaves, visiting, taken);
                        visiting.Remove(nested.FullName);
                    }
                }
                else
                {
                    problem = type.IsCollection && type.Kind == TypeRefKind.Model ? "an array of objects has no query form" : "its type has no query form";
                }

                if (problem is not null)
                {
                    var styleName = style == QueryObjectStyle.DeepObject ? "deepObject" : "form";
                    Report(DiagnosticDescriptors.QueryObjectPropertySkipped, parameter.Location, wirePath, styleName, parameter.Name, problem);
                }
            }
        }

        /// <summary>A model's properties, its base classes' first, each wire name once.</summary>
        private IEnumerable<PropertySpec> PropertiesOf(ModelSpec model)
        {
            var chain = new List<ModelSpec>();
            for (var current = model; current is not null && !chain.Contains(current); current = current.BaseType is { } baseType ? FindModel(baseType) : null)
            {
                chain.Insert(0, current);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            return chain.SelectMany(link => link.Properties).Where(property => seen.Add(property.WireName)).ToList();
        }

        /// <summary>A model built so far; component models are all built before the operations are.</summary>
        private ModelSpec? FindModel(string typeName) =>
            _types.OfType<ModelSpec>().FirstOrDefault(type => type.FullName == typeName);

        /// <summary>The URL-template entries an object-typed parameter adds beside its own: one per value it sends on its own.</summary>
        private IEnumerable<(string Name, bool Explode)> QueryObjectEntries(OpenApiParameter parameter) =>
            _queryObjects.TryGetValue(parameter, out var query) && query is { Style: not QueryObjectStyle.Form } typed
                ? typed.Leaves.Select(leaf => (leaf.TemplateName, leaf.IsCollection))
                : Enumerable.Empty<(string, bool)>();
    }
}
