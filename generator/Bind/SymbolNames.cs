using System;
using System.Collections.Generic;
using System.Text;

namespace UsageGen.Generator.Bind
{
    /// <summary>
    /// Turns names from a description into C# identifiers with Kiota's conventions, so that code written
    /// against a Kiota-generated client finds the same names here.
    /// </summary>
    internal static class SymbolNames
    {
        // Characters Kiota strips from symbols; the character after one is upper-cased. ('+' is read as a word first.)
        private const string Separators = "\"!#$%&'()*,./:;<=>?@[]\\^`\u2019{}|~-";

        private static readonly string[] Digits = { "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine" };

        // The words Kiota spells a name of symbols only with.
        private static readonly Dictionary<char, string> SymbolWords = new()
        {
            ['!'] = "Exclamation", ['"'] = "DoubleQuote", ['#'] = "Pound", ['$'] = "Dollar", ['%'] = "Percent",
            ['&'] = "Ampersand", ['\''] = "Apostrophe", ['('] = "LeftParenthesis", [')'] = "RightParenthesis",
            ['*'] = "Asterisk", ['+'] = "Plus", [','] = "Comma", ['-'] = "Hyphen", ['_'] = "Underscore", ['.'] = "Period",
            ['/'] = "Slash", ['\\'] = "BackSlash", [':'] = "Colon", [';'] = "SemiColon", ['<'] = "LessThan", ['='] = "Equal",
            ['>'] = "GreaterThan", ['?'] = "QuestionMark", ['~'] = "Tilde", ['@'] = "At",
        };

        // Type names that would hide a type the generated code uses unqualified.
        /// <summary>
        /// The names Kiota's C# refiner keeps off classes, enums (<c>…Object</c>) and namespace segments (<c>…Namespace</c>),
        /// compared ignoring case as Kiota does: the <c>System</c> namespace's types and a few more.
        /// </summary>
        private static readonly HashSet<string> KiotaReservedTypeNames = new(
            ("__ComObject AccessViolationException Action Activator AggregateException AppContext AppDomain AppDomainSetup "
            + "AppDomainUnloadedException ApplicationException ApplicationId ArgIterator ArgumentException ArgumentNullException "
            + "ArgumentOutOfRangeException ArithmeticException Array ArrayTypeMismatchException AssemblyLoadEventArgs "
            + "AssemblyLoadEventHandler AsyncCallback Attribute AttributeTargets AttributeUsageAttribute BadImageFormatException "
            + "Base64FormattingOptions BitConverter Boolean Buffer Byte CannotUnloadAppDomainException Char CharEnumerator "
            + "CLSCompliantAttribute ContextBoundObject ContextMarshalException ContextStaticAttribute Convert CultureAwareComparer "
            + "DataMisalignedException Date DateOnly DateTime DateTimeKind DateTimeOffset DayOfWeek DBNull Decimal Delegate "
            + "Directory DivideByZeroException DllNotFoundException Double DuplicateWaitObjectException EntryPointNotFoundException "
            + "Enum Environment EnvironmentVariableTarget EventArgs EventHandler Exception ExecutionEngineException "
            + "FieldAccessException File FlagsAttribute FormatException FormattableString GC GCCollectionMode GCGenerationInfo "
            + "GCKind GCMemoryInfo GCNotificationStatus Guid Half HashCode IAsyncDisposable IAsyncResult ICloneable IComparable "
            + "IConvertible ICustomFormatter IDisposable IFormatProvider IFormattable Index IndexOutOfRangeException "
            + "InsufficientExecutionStackException InsufficientMemoryException Int128 Int16 Int32 Int64 Integer IntPtr "
            + "InvalidCastException InvalidOperationException InvalidProgramException InvalidTimeZoneException ISpanFormattable "
            + "LoaderOptimization LoaderOptimizationAttribute LocalDataStoreSlot MarshalByRefObject Math MathF "
            + "MemberAccessException MemoryExtensions Method MethodAccessException MidpointRounding MissingFieldException "
            + "MissingMemberException MissingMethodException ModuleHandle MTAThreadAttribute MulticastDelegate "
            + "MulticastNotSupportedException MultipartBody NonSerializedAttribute NotFiniteNumberException NotImplementedException "
            + "NotSupportedException Nullable NullReferenceException Object ObjectDisposedException ObsoleteAttribute "
            + "OperatingSystem OperationCanceledException OrdinalComparer OutOfMemoryException OverflowException "
            + "ParamArrayAttribute Path PlatformID PlatformNotSupportedException Random Range RankException ResolveEventArgs "
            + "ResolveEventHandler RuntimeArgumentHandle RuntimeFieldHandle RuntimeMethodHandle RuntimeTypeHandle SByte "
            + "SerializableAttribute Single StackOverflowException STAThreadAttribute Stream String StringComparer "
            + "StringComparison StringNormalizationExtensions StringSplitOptions System SystemException Task Thread "
            + "ThreadStaticAttribute TimeOnly TimeoutException TimeSpan TimeZone TimeZoneInfo TimeZoneNotFoundException Tuple "
            + "TupleExtensions Type TypeAccessException TypeCode TypedReference TypeInitializationException TypeLoadException "
            + "TypeUnloadedException UInt128 UInt16 UInt32 UInt64 UIntPtr UnauthorizedAccessException UnhandledExceptionEventArgs "
            + "UnhandledExceptionEventHandler UnitySerializationHolder ValueTuple ValueType Version Void WeakReference").Split(' '),
            StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Beyond Kiota's list: non-generic runtime types the generated code names without a namespace, which a class or
        /// namespace of the same name would hide (Kiota's output does not compile then; ours escapes them).
        /// </summary>
        private static readonly HashSet<string> RuntimeTypeNames = new(StringComparer.Ordinal)
        {
            "ApiClientBuilder", "ApiException", "BaseRequestBuilder", "CancellationToken", "DefaultQueryParameters",
            "EnumMember", "IAdditionalDataHolder", "IParsable", "IParseNode", "IRequestAdapter", "ISerializationWriter",
            "Obsolete", "QueryParameter", "RequestHeaders", "RequestInformation", "UntypedNode",
        };

        private static readonly HashSet<string> HttpVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        };

        /// <summary>
        /// Kiota's symbol clean-up: a leading <c>-</c> reads <c>minus_</c> and <c>+</c> reads <c>_plus_</c>; separators are
        /// removed with the next character upper-cased; leading digits are spelled out (<c>1h</c> → <c>Oneh</c>); a name
        /// of symbols only is spelled out symbol by symbol (<c>.</c> → <c>Period</c>).
        /// </summary>
        public static string Cleanup(string original)
        {
            if (IsClean(original))
            {
                return original;
            }

            var text = original.StartsWith("-", StringComparison.Ordinal) ? "minus_" + original.Substring(1) : original;
            text = text.Replace("+", "_plus_").TrimStart('_');
            var builder = new StringBuilder(text.Length);
            var upperNext = false;
            foreach (var character in text)
            {
                if (char.IsWhiteSpace(character) || Separators.IndexOf(character) >= 0)
                {
                    upperNext = true;
                    continue;
                }

                if (!char.IsLetterOrDigit(character) && character != '_')
                {
                    continue;
                }

                builder.Append(upperNext ? char.ToUpperInvariant(character) : character);
                upperNext = false;
            }

            var name = TrimSymbolWords(SpellLeadingDigits(builder.ToString()));
            return name.Length == 0 && original.Length > 0 ? SpellSymbols(original) : name;
        }

        // Most names need no cleaning: returning them as they are saves four strings per name on large descriptions.
        private static bool IsClean(string text)
        {
            if (text.Length == 0 || text[0] == '_' || char.IsDigit(text[0]) || text[text.Length - 1] == '_')
            {
                return false;
            }

            foreach (var character in text)
            {
                if (character != '_' && !char.IsLetterOrDigit(character))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A class or enum name (<c>feature-flag</c> → <c>FeatureFlag</c>; underscores are kept).</summary>
        public static string TypeName(string original, string fallback)
        {
            var name = UnescapedTypeName(original, string.Empty);
            if (name.Length == 0)
            {
                return fallback;
            }

            return IsReservedTypeName(name) ? name + "Object" : name;
        }

        /// <summary>
        /// <see cref="TypeName"/> before the reserved-name escape: Kiota names a model's inline types after it before its
        /// refiner renames the model (<c>Task</c> is <c>TaskObject</c>, its inline enum <c>Task_status</c>).
        /// </summary>
        public static string UnescapedTypeName(string original, string fallback)
        {
            var name = UpperFirst(Cleanup(original));
            return name.Length == 0 ? fallback : name;
        }

        private static bool IsReservedTypeName(string name) => KiotaReservedTypeNames.Contains(name) || RuntimeTypeNames.Contains(name);

        /// <summary>A property name, PascalCased across underscores (<c>per_page</c> → <c>PerPage</c>).</summary>
        public static string PropertyName(string original)
        {
            var cleaned = Cleanup(original);
            if (cleaned.IndexOf('_') < 0)
            {
                return cleaned.Length == 0 ? "Property" : UpperFirst(cleaned);
            }

            var parts = cleaned.Split(new[] { '_' }, StringSplitOptions.RemoveEmptyEntries);
            var builder = new StringBuilder();
            foreach (var part in parts)
            {
                builder.Append(UpperFirst(part));
            }

            return builder.Length == 0 ? "Property" : builder.ToString();
        }

        /// <summary>An enum member name (<c>month_to_date</c> → <c>Month_to_date</c>, <c>24h</c> → <c>TwoFourh</c>, <c>-</c> → <c>Minus</c>).</summary>
        public static string EnumMemberName(string wireValue)
        {
            var name = UpperFirst(Cleanup(wireValue));
            return name.Length == 0 ? "Empty" : name;
        }

        /// <summary>A namespace segment and navigation property name for a literal path segment.</summary>
        public static string SegmentName(string segment)
        {
            if (segment.Length == 0)
            {
                return "EmptyPathSegment";
            }

            var name = UpperFirst(Cleanup(segment));
            if (name.Length == 0)
            {
                return "Segment";
            }

            if (string.Equals(name, "Item", StringComparison.OrdinalIgnoreCase))
            {
                return "Item_Escaped";
            }

            return name;
        }

        /// <summary>Whether a literal segment is an HTTP verb, whose navigation property gets a <c>Path</c> suffix.</summary>
        public static bool IsHttpVerb(string segment) => HttpVerbs.Contains(segment);

        /// <summary>
        /// A namespace segment that would hide a type the generated code names unqualified (<c>Task</c>,
        /// <c>List</c>…) gets a <c>Namespace</c> suffix, as Kiota does.
        /// </summary>
        public static string NamespaceSegment(string segmentName) =>
            IsReservedTypeName(segmentName) ? segmentName + "Namespace" : segmentName;

        /// <summary>
        /// Names a request builder already uses for its own members: those of every builder, and, when it has operations
        /// (<paramref name="hasOperations"/>), <c>WithUrl</c> and the executor and request-information methods.
        /// </summary>
        public static bool IsBuilderMemberName(string name, bool hasOperations) =>
            name is "PathParameters" or "RequestAdapter" or "UrlTemplate" ||
            (hasOperations && (name == "WithUrl" ||
                (name.EndsWith("Async", StringComparison.Ordinal) && HttpVerbs.Contains(name.Substring(0, name.Length - 5))) ||
                (name.StartsWith("To", StringComparison.Ordinal) && name.EndsWith("RequestInformation", StringComparison.Ordinal))));

        /// <summary>A property name that keeps the description's underscores (<c>first_name</c> → <c>First_name</c>).</summary>
        public static string LiteralPropertyName(string original) => UpperFirst(Cleanup(original));

        /// <summary>
        /// The item builder's name for a path parameter, as Kiota derives it: <c>{projectKey}</c> → <c>WithProjectKey</c>,
        /// a trailing <c>id</c> dropped (<c>{userId}</c> → <c>WithUser</c>), a name with dashes reduced to its first
        /// part (<c>{post-id}</c> → <c>Post</c>), and a bare <c>{id}</c> named after the previous segment (<c>Posts</c>).
        /// </summary>
        public static string ItemBuilderBaseName(string parameterName, string previousSegment)
        {
            var isWord = true;
            foreach (var character in parameterName)
            {
                isWord &= char.IsLetterOrDigit(character) || character == '_';
            }

            var name = isWord
                ? TrimIdSuffix("With" + UpperFirst(parameterName))
                : UpperFirst(Cleanup(TrimIdSuffix(parameterName.Split('-')[0])));
            return name.Length == 0 || name == "With" ? UpperFirst(Cleanup(previousSegment)) : name;
        }

        /// <summary>
        /// The item builder's name where sibling paths use different parameters (<c>/contacts/{id}</c>,
        /// <c>/contacts/{contact_id}/topics</c>): Kiota renames the first segment ignoring case to <c>{contact_-id}</c> and
        /// names the builder from what precedes <c>-id</c> (<c>Contact_</c>, or nothing for <c>{id}</c>).
        /// </summary>
        public static string MergedItemBuilderBaseName(string firstSegment)
        {
            var name = Cleanup(firstSegment.Trim('{', '}'));
            var stem = name.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 2) : name;
            return UpperFirst(stem);
        }

        /// <summary>
        /// A C# parameter name for a path parameter, camel-cased across <c>-</c>, <c>.</c> and <c>~</c> as Kiota does
        /// (<c>doc-id</c> → <c>docId</c>) and otherwise as written; a C# keyword is escaped with <c>@</c>.
        /// </summary>
        public static string ParameterName(string original)
        {
            var builder = new StringBuilder(original.Length);
            var upperNext = false;
            foreach (var character in original)
            {
                if (character is '-' or '.' or '~')
                {
                    upperNext = builder.Length > 0;
                    continue;
                }

                if (char.IsLetterOrDigit(character) || character == '_')
                {
                    builder.Append(upperNext ? char.ToUpperInvariant(character) : character);
                    upperNext = false;
                }
            }

            var name = builder.Length == 0 ? "parameter" : SpellLeadingDigits(builder.ToString());
            return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;
        }

        /// <summary>The name of a parameter inside a URL template, percent-encoded as Kiota does.</summary>
        public static string TemplateName(string parameterName) =>
            Uri.EscapeDataString(parameterName).Replace("-", "%2D").Replace(".", "%2E").Replace("~", "%7E");

        /// <summary>Makes <paramref name="candidate"/> unique among <paramref name="taken"/> by appending a number.</summary>
        public static string Unique(string candidate, HashSet<string> taken)
        {
            var name = candidate;
            for (var i = 1; !taken.Add(name); i++)
            {
                name = candidate + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return name;
        }

        // Leading digits of any script are spelled out, the rest kept as it is: an identifier cannot start with one.
        private static string SpellLeadingDigits(string name)
        {
            var index = 0;
            while (index < name.Length && char.IsDigit(name[index]))
            {
                index++;
            }

            if (index == 0)
            {
                return name;
            }

            var spelled = new StringBuilder();
            for (var i = 0; i < index; i++)
            {
                spelled.Append(Digits[(int)char.GetNumericValue(name[i])]);
            }

            return spelled + name.Substring(index);
        }

        // What reading "-" and "+" as words leaves at the ends: "minus_" → "minus", "_plus…" → "plus…", "…plus_" → "…plus".
        private static string TrimSymbolWords(string name)
        {
            if (name.EndsWith("minus_", StringComparison.Ordinal) || name.EndsWith("plus_", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - 1);
            }

            return name.StartsWith("_plus", StringComparison.Ordinal) ? name.Substring(1) : name;
        }

        private static string SpellSymbols(string original)
        {
            var builder = new StringBuilder();
            foreach (var character in original)
            {
                if (SymbolWords.TryGetValue(character, out var word))
                {
                    builder.Append(word);
                }
                else if (char.IsLetterOrDigit(character))
                {
                    builder.Append(character);
                }
            }

            return builder.ToString();
        }

        public static string UpperFirst(string text) =>
            text.Length == 0 || char.ToUpperInvariant(text[0]) == text[0] ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static string TrimIdSuffix(string name)
        {
            var end = name.Length;
            while (end > 0 && char.IsDigit(name[end - 1]) && end > name.Length - 1)
            {
                end--;
            }

            if (end >= 2 && string.Equals(name.Substring(end - 2, 2), "id", StringComparison.OrdinalIgnoreCase))
            {
                end -= 2;
                if (end > 0 && name[end - 1] == '-')
                {
                    end--;
                }

                return name.Substring(0, end);
            }

            return name;
        }
    }
}
