using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes a request builder (or the root client) with Kiota's shape: navigation properties, indexers,
    /// the two constructors, executor and <c>To…RequestInformation</c> methods, <c>WithUrl</c> and the nested
    /// query-parameters classes.
    /// </summary>
    internal static class RequestBuilderEmitter
    {
        private static readonly string[] SerializationUsings =
        {
            "Microsoft.Kiota.Serialization.Form",
            "Microsoft.Kiota.Serialization.Json",
            "Microsoft.Kiota.Serialization.Multipart",
            "Microsoft.Kiota.Serialization.Text",
        };

        private static readonly (string, string) RequestAdapterParameter = ("requestAdapter", "The request adapter to use to execute the requests.");

        public static SourceText Emit(RequestBuilderSpec spec, bool nullableAnnotations)
        {
            var writer = new SourceWriter(spec.Documented);
            var usings = spec.IsRoot
                ? GeneratedFile.KiotaUsings.Take(3).Concat(SerializationUsings).Concat(spec.BackingStore ? new[] { "Microsoft.Kiota.Abstractions.Store" } : Array.Empty<string>()).Concat(GeneratedFile.KiotaUsings.Skip(3))
                : GeneratedFile.KiotaUsings;
            GeneratedFile.Open(writer, spec.Namespace, usings, nullableAnnotations);
            XmlDoc.Summary(writer, spec.Summary);
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"{spec.Accessibility} partial class {spec.Name} : BaseRequestBuilder");
            foreach (var navigation in spec.Navigations)
            {
                if (navigation.Parameters.Count > 0)
                {
                    WriteNavigationMethod(writer, navigation);
                    continue;
                }

                XmlDoc.InlineSummary(writer, navigation.Summary);
                writer.OpenBlock($"public {navigation.TargetType} {navigation.PropertyName}");
                writer.WriteLine($"get => new {navigation.TargetType}(PathParameters, RequestAdapter);");
                writer.CloseBlock();
            }

            foreach (var indexer in spec.Indexers)
            {
                WriteIndexer(writer, indexer);
            }

            WriteConstructors(writer, spec, nullableAnnotations);
            foreach (var operation in spec.Operations)
            {
                if (operation.LegacyReturnType is { } legacy)
                {
                    var currentName = operation.MethodName + "As" + operation.ReturnType!.SimpleName + "Async";
                    WriteExecutor(writer, spec, operation, currentName, operation.ReturnType, null, nullableAnnotations);
                    WriteExecutor(writer, spec, operation, operation.MethodName + "Async", legacy, "This method is obsolete. Use " + currentName + " instead.", nullableAnnotations);
                }
                else
                {
                    WriteExecutor(writer, spec, operation, operation.MethodName + "Async", operation.ReturnType, null, nullableAnnotations);
                }
            }

            foreach (var operation in spec.Operations)
            {
                WriteRequestInformation(writer, spec, operation, nullableAnnotations);
            }

            if (!spec.IsRoot && spec.Operations.Count > 0)
            {
                writer.WriteLine("/// <summary>");
                writer.WriteLine("/// Returns a request builder with the provided arbitrary URL. Using this method means any other path or query parameters are ignored.");
                writer.WriteLine("/// </summary>");
                writer.WriteLine($"/// <returns>A <see cref=\"{spec.FullName}\"/></returns>");
                writer.WriteLine("/// <param name=\"rawUrl\">The raw URL to use for the request builder.</param>");
                writer.OpenBlock($"public {spec.FullName} WithUrl(string rawUrl)");
                writer.WriteLine($"return new {spec.FullName}(rawUrl, RequestAdapter);");
                writer.CloseBlock();
            }

            if (spec.Operations.Any(operation => DelimitedParameters(operation).Any()))
            {
                WriteJoinQueryValues(writer);
            }

            foreach (var operation in spec.Operations)
            {
                if (operation.QueryParameters is { } queryParameters)
                {
                    WriteQueryParameters(writer, spec, operation, queryParameters, nullableAnnotations);
                }
            }

            if (spec.BackwardCompatible)
            {
                foreach (var operation in spec.Operations)
                {
                    WriteRequestConfiguration(writer, spec, operation);
                }
            }

            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }

        /// <summary>Kiota's <c>With…</c> method for a segment that mixes text and parameters: every argument is required.</summary>
        private static void WriteNavigationMethod(SourceWriter writer, NavigationSpec navigation)
        {
            XmlDoc.Summary(writer, navigation.Summary);
            writer.WriteLine($"/// <returns>A <see cref=\"{navigation.TargetType}\"/></returns>");
            foreach (var parameter in navigation.Parameters)
            {
                XmlDoc.Param(writer, parameter.Name.TrimStart('@'), parameter.Description);
            }

            var arguments = string.Join(", ", navigation.Parameters.Select(parameter => PathParameterType(parameter) + " " + parameter.Name));
            writer.OpenBlock($"public {navigation.TargetType} {navigation.PropertyName}({arguments})");
            foreach (var parameter in navigation.Parameters)
            {
                writer.WriteLine(CSharpTypes.IsValueType(parameter.Type)
                    ? "if (" + parameter.Name + " == null) throw new ArgumentNullException(nameof(" + parameter.Name + "));"
                    : "if (string.IsNullOrEmpty(" + parameter.Name + ")) throw new ArgumentNullException(nameof(" + parameter.Name + "));");
            }

            writer.WriteLine($"return new {navigation.TargetType}(PathParameters, RequestAdapter, {(string.Join(", ", navigation.Parameters.Select(parameter => parameter.Name)))});");
            writer.CloseBlock();
        }

        // Value types are nullable, as in Kiota, so that the constructor's arguments can default to "not given".
        private static string PathParameterType(PathParameterSpec parameter) => CSharpTypes.OptionalElement(parameter.Type);

        private static void WriteIndexer(SourceWriter writer, IndexerSpec indexer)
        {
            XmlDoc.InlineSummary(writer, indexer.Summary);
            XmlDoc.Param(writer, "position", indexer.ParameterDescription);
            writer.WriteLine($"/// <returns>A <see cref=\"{indexer.TargetType}\"/></returns>");
            if (indexer.DeprecationMessage is { } deprecation)
            {
                writer.WriteLine($"[Obsolete(\"{CSharpLiteral.Escape(deprecation)}\")]");
            }

            writer.OpenBlock($"public {indexer.TargetType} this[{CSharpTypes.Element(indexer.ParameterType)} position]");
            writer.OpenBlock("get");
            writer.WriteLine("var urlTplParams = new Dictionary<string, object>(PathParameters);");
            writer.WriteLine($"urlTplParams.Add(\"{indexer.TemplateKey}\", position);");
            writer.WriteLine($"return new {indexer.TargetType}(urlTplParams, RequestAdapter);");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static void WriteConstructors(SourceWriter writer, RequestBuilderSpec spec, bool nullableAnnotations)
        {
            var template = CSharpLiteral.Escape(spec.UrlTemplate);
            if (spec.IsRoot)
            {
                if (spec.BackingStore)
                {
                    MemberDocs.Constructor(writer, spec.FullName, ("backingStore", "The backing store to use for the models."), RequestAdapterParameter);
                    writer.OpenBlock($"public {spec.Name}(IRequestAdapter requestAdapter, {(CSharpTypes.Nullable("IBackingStoreFactory", false, nullableAnnotations))} backingStore = default) : base(requestAdapter, \"{template}\", new Dictionary<string, object>())");
                }
                else
                {
                    MemberDocs.Constructor(writer, spec.FullName, RequestAdapterParameter);
                    writer.OpenBlock($"public {spec.Name}(IRequestAdapter requestAdapter) : base(requestAdapter, \"{template}\", new Dictionary<string, object>())");
                }

                writer.WriteLine("ApiClientBuilder.RegisterDefaultSerializer<JsonSerializationWriterFactory>();");
                writer.WriteLine("ApiClientBuilder.RegisterDefaultSerializer<TextSerializationWriterFactory>();");
                writer.WriteLine("ApiClientBuilder.RegisterDefaultSerializer<FormSerializationWriterFactory>();");
                writer.WriteLine("ApiClientBuilder.RegisterDefaultSerializer<MultipartSerializationWriterFactory>();");
                writer.WriteLine("ApiClientBuilder.RegisterDefaultDeserializer<JsonParseNodeFactory>();");
                writer.WriteLine("ApiClientBuilder.RegisterDefaultDeserializer<TextParseNodeFactory>();");
                writer.WriteLine("ApiClientBuilder.RegisterDefaultDeserializer<FormParseNodeFactory>();");
                if (spec.BaseUrl is { } baseUrl)
                {
                    writer.OpenBlock("if (string.IsNullOrEmpty(RequestAdapter.BaseUrl))");
                    writer.WriteLine($"RequestAdapter.BaseUrl = \"{CSharpLiteral.Escape(baseUrl)}\";");
                    writer.CloseBlock();
                }

                writer.OpenBlock("if (RequestAdapter.BaseUrl != null)");
                writer.WriteLine("PathParameters.TryAdd(\"baseurl\", RequestAdapter.BaseUrl);");
                writer.CloseBlock();
                if (spec.BackingStore)
                {
                    // Kiota's runtime takes null as "keep the current factory", but its parameter is not annotated nullable.
                    writer.WriteLine($"RequestAdapter.EnableBackingStore(backingStore{(nullableAnnotations ? "!" : string.Empty)});");
                }

                writer.CloseBlock();
                return;
            }

            MemberDocs.Constructor(writer, spec.FullName, ("pathParameters", "Path parameters for the request"), RequestAdapterParameter);
            foreach (var parameter in spec.PathParameters)
            {
                XmlDoc.Param(writer, parameter.Name.TrimStart('@'), parameter.Description);
            }

            var optional = string.Concat(spec.PathParameters.Select(parameter => ", " + PathParameterType(parameter) + " " + parameter.Name + (CSharpTypes.IsValueType(parameter.Type) ? " = default" : " = \"\"")));
            writer.OpenBlock($"public {spec.Name}(Dictionary<string, object> pathParameters, IRequestAdapter requestAdapter{optional}) : base(requestAdapter, \"{template}\", pathParameters)");
            foreach (var parameter in spec.PathParameters)
            {
                // An argument left out keeps what the path parameters already hold (a builder made from another's).
                writer.WriteLine(CSharpTypes.IsValueType(parameter.Type)
                    ? "if (" + parameter.Name + " != null) PathParameters[\"" + parameter.TemplateKey + "\"] = " + parameter.Name + ";"
                    : "if (!string.IsNullOrWhiteSpace(" + parameter.Name + ")) PathParameters[\"" + parameter.TemplateKey + "\"] = " + parameter.Name + ";");
            }

            writer.CloseBlock();
            MemberDocs.Constructor(writer, spec.FullName, ("rawUrl", "The raw URL to use for the request builder."), RequestAdapterParameter);
            writer.OpenBlock($"public {spec.Name}(string rawUrl, IRequestAdapter requestAdapter) : base(requestAdapter, \"{template}\", rawUrl)");
            writer.CloseBlock();
        }

        private static string ConfigurationType(RequestBuilderSpec spec, OperationSpec operation, bool nullableAnnotations) =>
            CSharpTypes.Nullable("Action<RequestConfiguration<" + QueryType(spec, operation) + ">>", false, nullableAnnotations);

        private static string QueryType(RequestBuilderSpec spec, OperationSpec operation) =>
            operation.QueryParameters is { } queryParameters ? spec.FullName + "." + queryParameters.ClassName : "DefaultQueryParameters";

        /// <summary>The per-operation configuration class that Kiota's backward-compatible mode keeps for older callers.</summary>
        private static void WriteRequestConfiguration(SourceWriter writer, RequestBuilderSpec spec, OperationSpec operation)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Configuration for the request such as headers, query parameters, and middleware options.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("[Obsolete(\"This class is deprecated. Please use the generic RequestConfiguration class generated by the generator.\")]");
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            // Kiota names the root's class after its builder: ApiClientRequestBuilderGetRequestConfiguration.
            var builderName = spec.IsRoot ? spec.Name + "RequestBuilder" : spec.Name;
            writer.OpenBlock($"{spec.Accessibility} partial class {builderName}{operation.MethodName}RequestConfiguration : RequestConfiguration<{QueryType(spec, operation)}>");
            writer.CloseBlock();
        }

        private static string BodyParameter(RequestBodySpec body) =>
            (body.Type.IsCollection ? "IEnumerable<" + CSharpTypes.OptionalElement(body.Type) + ">" : CSharpTypes.Element(body.Type)) + " body, ";

        /// <param name="obsolete">Why this executor is obsolete, beyond the operation's own deprecation; null when it is not.</param>
        private static void WriteExecutor(SourceWriter writer, RequestBuilderSpec spec, OperationSpec operation, string name, TypeRef? returnType, string? obsolete, bool nullableAnnotations)
        {
            XmlDoc.Summary(writer, operation.Description, operation.ExternalDocsUrl is { } docs ? "API method documentation <see href=\"" + XmlDoc.Escape(docs) + "\" />" : null);
            if (returnType is not null)
            {
                writer.WriteLine(returnType.IsCollection
                    ? "/// <returns>A List&lt;" + XmlDoc.Escape(CSharpTypes.OptionalElement(returnType)) + "&gt;</returns>"
                    : "/// <returns>A <see cref=\"" + CSharpTypes.Element(returnType) + "\"/></returns>");
            }

            if (operation.RequestBody is { } body)
            {
                XmlDoc.Param(writer, "body", body.Description);
            }

            writer.WriteLine("/// <param name=\"cancellationToken\">Cancellation token to use when cancelling requests</param>");
            writer.WriteLine("/// <param name=\"requestConfiguration\">Configuration for the request such as headers, query parameters, and middleware options.</param>");
            foreach (var mapping in operation.ErrorMappings)
            {
                var when = mapping.StatusCode == "XXX" ? "4XX or 5XX" : mapping.StatusCode;
                writer.WriteLine($"/// <exception cref=\"{mapping.ErrorType}\">When receiving a {when} status code</exception>");
            }

            if ((obsolete ?? operation.DeprecationMessage) is { } deprecation)
            {
                writer.WriteLine($"[Obsolete(\"{CSharpLiteral.Escape(deprecation)}\")]");
            }

            var taskType = returnType is null ? "Task" : "Task<" + CSharpTypes.Nullable(ResultType(returnType), !returnType.IsCollection && CSharpTypes.IsValueType(returnType), nullableAnnotations) + ">";
            var bodyParameter = operation.RequestBody is { } requestBody ? BodyParameter(requestBody) : string.Empty;
            writer.OpenBlock($"public async {taskType} {name}({bodyParameter}{ConfigurationType(spec, operation, nullableAnnotations)} requestConfiguration = default, CancellationToken cancellationToken = default)");
            writer.WriteLine($"var requestInfo = To{operation.MethodName}RequestInformation({(operation.RequestBody is null ? string.Empty : "body, ")}requestConfiguration);");
            var errorMapping = "default";
            if (operation.ErrorMappings.Count > 0)
            {
                errorMapping = "errorMapping";
                writer.WriteLine("var errorMapping = new Dictionary<string, ParsableFactory<IParsable>>");
                writer.OpenBlock();
                foreach (var mapping in operation.ErrorMappings)
                {
                    writer.WriteLine($"{{ \"{mapping.StatusCode}\", {mapping.ErrorType}.CreateFromDiscriminatorValue }},");
                }

                writer.CloseBlock(";");
            }

            var tail = "(requestInfo, " + errorMapping + ", cancellationToken).ConfigureAwait(false);";
            if (returnType is null)
            {
                writer.WriteLine($"await RequestAdapter.SendNoContentAsync{tail}");
            }
            else
            {
                var element = CSharpTypes.Element(returnType);
                switch (returnType.Kind, returnType.IsCollection)
                {
                    case (TypeRefKind.Model or TypeRefKind.Untyped, false):
                        writer.WriteLine($"return await RequestAdapter.SendAsync<{element}>(requestInfo, {element}.CreateFromDiscriminatorValue, {errorMapping}, cancellationToken).ConfigureAwait(false);");
                        break;
                    case (TypeRefKind.Model or TypeRefKind.Untyped, true):
                        writer.WriteLine($"var collectionResult = await RequestAdapter.SendCollectionAsync<{element}>(requestInfo, {element}.CreateFromDiscriminatorValue, {errorMapping}, cancellationToken).ConfigureAwait(false);");
                        writer.WriteLine("return collectionResult?.AsList();");
                        break;
                    case (_, true):
                        writer.WriteLine($"var collectionResult = await RequestAdapter.SendPrimitiveCollectionAsync<{CSharpTypes.OptionalElement(returnType)}>{tail}");
                        writer.WriteLine("return collectionResult?.AsList();");
                        break;
                    default:
                        writer.WriteLine($"return await RequestAdapter.SendPrimitiveAsync<{CSharpTypes.OptionalElement(returnType)}>{tail}");
                        break;
                }
            }

            writer.CloseBlock();
        }

        private static string ResultType(TypeRef type) =>
            type.IsCollection ? "List<" + CSharpTypes.OptionalElement(type) + ">" : CSharpTypes.Element(type);

        private static void WriteRequestInformation(SourceWriter writer, RequestBuilderSpec spec, OperationSpec operation, bool nullableAnnotations)
        {
            XmlDoc.Summary(writer, operation.Description);
            writer.WriteLine("/// <returns>A <see cref=\"RequestInformation\"/></returns>");
            if (operation.RequestBody is { } body)
            {
                XmlDoc.Param(writer, "body", body.Description);
            }

            writer.WriteLine("/// <param name=\"requestConfiguration\">Configuration for the request such as headers, query parameters, and middleware options.</param>");
            if (operation.DeprecationMessage is { } deprecation)
            {
                writer.WriteLine($"[Obsolete(\"{CSharpLiteral.Escape(deprecation)}\")]");
            }

            var bodyParameter = operation.RequestBody is { } requestBody ? BodyParameter(requestBody) : string.Empty;
            writer.OpenBlock($"public RequestInformation To{operation.MethodName}RequestInformation({bodyParameter}{ConfigurationType(spec, operation, nullableAnnotations)} requestConfiguration = default)");
            if (operation.RequestBody is { } guarded && (guarded.Type.IsCollection || !CSharpTypes.IsValueType(guarded.Type)))
            {
                writer.WriteLine("if(ReferenceEquals(body, null)) throw new ArgumentNullException(nameof(body));");
            }

            var template = operation.UrlTemplate is { } own ? "\"" + CSharpLiteral.Escape(own) + "\"" : "UrlTemplate";
            writer.WriteLine($"var requestInfo = new RequestInformation(Method.{operation.HttpMethod}, {template}, PathParameters);");
            if (operation.QueryParameters is { } queryParameters)
            {
                WriteConfigure(writer, spec, operation, queryParameters);
            }
            else
            {
                writer.WriteLine("requestInfo.Configure(requestConfiguration);");
            }

            foreach (var parameter in DelimitedParameters(operation))
            {
                writer.WriteLine($"JoinQueryValues(requestInfo, \"{CSharpLiteral.Escape(parameter.TemplateName)}\", \"{CSharpLiteral.Escape(parameter.Separator!)}\");");
            }

            if (operation.Accept is { } accept)
            {
                writer.WriteLine($"requestInfo.Headers.TryAdd(\"Accept\", \"{CSharpLiteral.Escape(accept)}\");");
            }

            foreach (var header in operation.ConstantHeaders)
            {
                writer.WriteLine($"requestInfo.Headers.TryAdd(\"{CSharpLiteral.Escape(header.Name)}\", \"{CSharpLiteral.Escape(header.Value)}\");");
            }

            if (operation.RequestBody is { } content)
            {
                writer.WriteLine($"{SetContent(content)};");
            }

            writer.WriteLine("return requestInfo;");
            writer.CloseBlock();
        }

        /// <summary>
        /// <c>requestInfo.Configure</c>'s steps with the query parameters copied by name instead of by reflection:
        /// Kiota's <c>AddQueryParameters</c> reads every property and its attributes on every call. The result is
        /// what Kiota's gives for every property a parameter is sent from: a value that is set, and an array that is
        /// not empty, under its template name, and for a parameter with a legacy and a typed property, the legacy one
        /// first. Object-typed parameters then put their values under their own template names.
        /// </summary>
        private static void WriteConfigure(SourceWriter writer, RequestBuilderSpec spec, OperationSpec operation, QueryParametersSpec queryParameters)
        {
            writer.OpenBlock("if (requestConfiguration != null)");
            writer.WriteLine($"var configuration = new RequestConfiguration<{QueryType(spec, operation)}>();");
            writer.WriteLine("requestConfiguration(configuration);");
            writer.WriteLine("var query = configuration.QueryParameters;");
            writer.OpenBlock("if (query != null)");
            // Kiota's names compare without case and the first value set wins; a name seen before keeps that rule.
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in queryParameters.Parameters)
            {
                var template = CSharpLiteral.Escape(parameter.TemplateName);
                var free = names.Add(parameter.TemplateName) ? string.Empty : $"!requestInfo.QueryParameters.ContainsKey(\"{template}\") && ";
                writer.WriteLine($"if ({free}{IsSet(parameter.PropertyName, parameter.Type.IsCollection)}) requestInfo.QueryParameters[\"{template}\"] = query.{parameter.PropertyName};");
                if (parameter.TypedPropertyName is { } typed)
                {
                    writer.WriteLine($"else if ({free}{IsSet(typed, parameter.Type.IsCollection)}) requestInfo.QueryParameters[\"{template}\"] = query.{typed};");
                }
            }

            WriteQueryObjects(writer, queryParameters);
            writer.CloseBlock();
            writer.WriteLine("requestInfo.AddRequestOptions(configuration.Options);");
            writer.WriteLine("requestInfo.AddHeaders(configuration.Headers);");
            writer.CloseBlock();
        }

        // No patterns: generated code compiles as C# 7.3.
        private static string IsSet(string property, bool isCollection) =>
            isCollection ? $"query.{property} != null && query.{property}.Length > 0" : $"query.{property} != null";

        /// <summary>Each object-typed parameter's values, set on its typed sibling, under their own template names.</summary>
        private static void WriteQueryObjects(SourceWriter writer, QueryParametersSpec queryParameters)
        {
            // Locals share the method's scope, so each value gets a name of its own.
            var count = 0;
            foreach (var parameter in queryParameters.Parameters)
            {
                if (parameter.Object is not { } queryObject)
                {
                    continue;
                }

                if (queryObject.Style != QueryObjectStyle.Form)
                {
                    foreach (var leaf in queryObject.Leaves)
                    {
                        var value = "value" + (++count).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        writer.WriteLine($"var {value} = query.{queryObject.PropertyName}?.{(string.Join("?.", leaf.Path))};");
                        writer.WriteLine($"if ({value} != null{(leaf.IsCollection ? " && " + value + ".Count > 0" : string.Empty)}) requestInfo.QueryParameters[\"{CSharpLiteral.Escape(leaf.TemplateName)}\"] = {value}{(leaf.IsCollection ? ".ToArray()" : string.Empty)};");
                    }

                    continue;
                }

                // Form style without explode is one value, the properties' names and values in turn: created=gte,1,lte,5.
                writer.OpenBlock($"if (query.{queryObject.PropertyName} != null)");
                writer.WriteLine("var values = new List<object>();");
                foreach (var leaf in queryObject.Leaves)
                {
                    var value = "value" + (++count).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    writer.WriteLine($"var {value} = query.{queryObject.PropertyName}.{(string.Join("?.", leaf.Path))};");
                    writer.OpenBlock($"if ({value} != null)");
                    writer.WriteLine($"values.Add(\"{CSharpLiteral.Escape(leaf.WireName)}\");");
                    writer.WriteLine($"values.Add({value});");
                    writer.CloseBlock();
                }

                writer.OpenBlock("if (values.Count > 0)");
                writer.WriteLine($"requestInfo.QueryParameters[\"{CSharpLiteral.Escape(parameter.TemplateName)}\"] = values.ToArray();");
                writer.CloseBlock();
                writer.CloseBlock();
            }
        }

        private static IEnumerable<QueryParameterSpec> DelimitedParameters(OperationSpec operation) =>
            operation.QueryParameters?.Parameters.Where(parameter => parameter.Separator is not null) ?? Enumerable.Empty<QueryParameterSpec>();

        /// <summary>
        /// The helper that joins a space-, tab- or pipe-delimited array query parameter into one value before the URL
        /// is built: an RFC 6570 template would join it with commas. Private, so the public surface stays Kiota's.
        /// </summary>
        private static void WriteJoinQueryValues(SourceWriter writer)
        {
            writer.WriteLine("/// <summary>Joins the values of an array query parameter with <paramref name=\"separator\"/>, the delimiter the API expects instead of a comma.</summary>");
            writer.OpenBlock("private static void JoinQueryValues(RequestInformation requestInfo, string name, string separator)");
            writer.OpenBlock("if (requestInfo.QueryParameters.TryGetValue(name, out var value) && value is global::System.Collections.IEnumerable values && !(value is string))");
            writer.WriteLine("var parts = new global::System.Collections.Generic.List<string>();");
            writer.OpenBlock("foreach (var item in values)");
            writer.WriteLine("parts.Add(global::System.Convert.ToString(item, global::System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);");
            writer.CloseBlock();
            writer.WriteLine("requestInfo.QueryParameters[name] = string.Join(separator, parts);");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static string SetContent(RequestBodySpec body)
        {
            var contentType = "\"" + CSharpLiteral.Escape(body.ContentType) + "\"";
            return (body.Type.Kind, body.Type.IsCollection) switch
            {
                (TypeRefKind.Stream, _) => "requestInfo.SetStreamContent(body, " + contentType + ")",
                (TypeRefKind.Model or TypeRefKind.Untyped or TypeRefKind.Multipart, _) => "requestInfo.SetContentFromParsable(RequestAdapter, " + contentType + ", body)",
                (TypeRefKind.Enum, false) => "requestInfo.SetContentFromEnum(RequestAdapter, " + contentType + ", body)",
                (TypeRefKind.Enum, true) => "requestInfo.SetContentFromEnumCollection(RequestAdapter, " + contentType + ", body)",
                (_, true) => "requestInfo.SetContentFromScalarCollection(RequestAdapter, " + contentType + ", body)",
                _ => "requestInfo.SetContentFromScalar(RequestAdapter, " + contentType + ", body)",
            };
        }

        /// <summary>A <c>DateTimeOffset</c> view of a Unix-timestamp parameter that converts to the documented unit.</summary>
        private static void WriteTimestampCompanion(SourceWriter writer, QueryParameterSpec parameter, string unit)
        {
            var (to, from, min, max) = unit == "seconds"
                ? ("ToUnixTimeSeconds", "FromUnixTimeSeconds", "-62135596800L", "253402300799L")
                : ("ToUnixTimeMilliseconds", "FromUnixTimeMilliseconds", "-62135596800000L", "253402300799999L");
            var cast = parameter.Type.Primitive == PrimitiveKind.Int32 ? "(int?)" : string.Empty;
            var name = parameter.PropertyName;
            XmlDoc.InlineSummary(writer, parameter.Description + " Set as a point in time: it is sent as Unix " + unit + ".");
            writer.OpenBlock($"public DateTimeOffset? {name}AsDateTimeOffset");

            // Kiota reads every public property when it builds the query, so the getter must never throw.
            writer.WriteLine($"get => {name}.HasValue && {name}.Value >= {min} && {name}.Value <= {max} ? DateTimeOffset.{from}({name}.Value) : (DateTimeOffset?)null;");
            writer.WriteLine($"set => {name} = {cast}value?.{to}();");
            writer.CloseBlock();
        }

        /// <summary>
        /// The typed sibling of an object-typed parameter's string property. It has no [QueryParameter]: its values are
        /// sent one by one by the request-information method.
        /// </summary>
        private static void WriteQueryObject(SourceWriter writer, QueryParameterSpec parameter, QueryObjectSpec queryObject, bool nullableAnnotations)
        {
            var name = Uri.UnescapeDataString(parameter.TemplateName);
            var wire = queryObject.Style switch
            {
                QueryObjectStyle.DeepObject => "each property that is set as " + name + "[property]=value",
                QueryObjectStyle.FormExploded => "each property that is set as property=value",
                _ => "the properties that are set as " + name + "=property,value,property,value",
            };
            XmlDoc.InlineSummary(writer, Sentence(parameter.Description) + " Typed: sends " + wire + ".");
            if (parameter.DeprecationMessage is { } deprecation)
            {
                writer.WriteLine($"[Obsolete(\"{CSharpLiteral.Escape(deprecation)}\")]");
            }

            writer.WriteLine($"public {CSharpTypes.Nullable(queryObject.Type.TypeName!, false, nullableAnnotations)} {queryObject.PropertyName} {{ get; set; }}");
        }

        private static string Sentence(string text) => text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";

        private static void WriteQueryParameters(SourceWriter writer, RequestBuilderSpec spec, OperationSpec operation, QueryParametersSpec queryParameters, bool nullableAnnotations)
        {
            XmlDoc.Summary(writer, operation.Description);
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"{spec.Accessibility} partial class {queryParameters.ClassName}");
            foreach (var parameter in queryParameters.Parameters)
            {
                var type = CSharpTypes.Nullable(CSharpTypes.QueryParameter(parameter.Type), !parameter.Type.IsCollection && CSharpTypes.IsValueType(parameter.Type), nullableAnnotations);
                var name = parameter.PropertyName;
                if (parameter.TypedPropertyName is { } typed)
                {
                    // Kiota's backward-compatible mode keeps the name for the old string property and types a sibling.
                    XmlDoc.InlineSummary(writer, parameter.Description);
                    writer.WriteLine($"[Obsolete(\"This property is deprecated, use {typed} instead\")]");
                    writer.WriteLine($"[QueryParameter(\"{CSharpLiteral.Escape(parameter.TemplateName)}\")]");
                    // The old property has the type Kiota gave before enums: string, or int for an integer enum.
                    var legacy = parameter.Type.Primitive == PrimitiveKind.Int32
                        ? (parameter.Type.IsCollection ? "int?[]" : "int?")
                        : (parameter.Type.IsCollection ? "string[]" : "string");
                    writer.WriteLine($"public {(CSharpTypes.Nullable(legacy, false, nullableAnnotations && legacy != "int?"))} {name} {{ get; set; }}");
                    name = typed;
                }

                XmlDoc.InlineSummary(writer, parameter.Object is { } typedObject
                    ? Sentence(parameter.Description) + " Sent as given, in one piece, as Kiota sends it; " + typedObject.PropertyName + " sends the object property by property."
                    : parameter.Description);
                if (parameter.DeprecationMessage is { } deprecation)
                {
                    writer.WriteLine($"[Obsolete(\"{CSharpLiteral.Escape(deprecation)}\")]");
                }

                writer.WriteLine($"[QueryParameter(\"{CSharpLiteral.Escape(parameter.TemplateName)}\")]");
                writer.WriteLine($"public {type} {name} {{ get; set; }}");
                if (parameter.Object is { } queryObject)
                {
                    WriteQueryObject(writer, parameter, queryObject, nullableAnnotations);
                }

                if (parameter.TimestampUnit is { } unit)
                {
                    WriteTimestampCompanion(writer, parameter, unit);
                }
            }

            writer.CloseBlock();
        }
    }
}
