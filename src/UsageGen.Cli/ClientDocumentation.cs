using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace UsageGen.Cli
{
    /// <summary>
    /// The XML documentation the generator wrote into the client from the description, read from the file beside the
    /// client assembly: help texts and documented defaults come from there, not from a copy in the tool.
    /// </summary>
    internal sealed class ClientDocumentation
    {
        // "Defaults to `month_to_date`", or in the legacy operation's prose "Default is rolling 30-day".
        private static readonly Regex DefaultValue = new(@"Default(?:s to| is) `?(?<value>[^`\s.,]+)", RegexOptions.CultureInvariant);
        private static readonly Regex ValidValues = new(@"\s*Valid values:.*$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
        private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

        private readonly IReadOnlyDictionary<string, XElement> members;

        private ClientDocumentation(IReadOnlyDictionary<string, XElement> members) => this.members = members;

        /// <summary>Reads the documentation of <paramref name="assembly"/>.</summary>
        /// <exception cref="InvalidOperationException">The documentation file is missing: the tool was built or packed without it.</exception>
        public static ClientDocumentation For(Assembly assembly)
        {
            var path = Path.ChangeExtension(assembly.Location, ".xml");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"The client's documentation file is missing ({Path.GetFileName(path)}); reinstall the tool.");
            }

            var members = XDocument.Load(path).Descendants("member")
                .Where(member => member.Attribute("name") is not null)
                .GroupBy(member => member.Attribute("name")!.Value, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            return new ClientDocumentation(members);
        }

        /// <summary>The first paragraph of a property's summary, as plain text.</summary>
        public string Summary(PropertyInfo property) => Plain(Member(property)?.Element("summary")?.Value);

        /// <summary>The text of an indexer's parameter.</summary>
        public string IndexerParameter(PropertyInfo indexer)
        {
            var parameter = indexer.GetIndexParameters()[0];
            var id = $"P:{Name(indexer.DeclaringType!)}.Item({parameter.ParameterType.FullName})";
            return Plain(members.TryGetValue(id, out var member)
                ? member.Elements("param").FirstOrDefault(element => element.Attribute("name")?.Value == parameter.Name)?.Value
                : null);
        }

        /// <summary>The word a property's summary names as used when it is absent ("Defaults to `daily`"), if any.</summary>
        public string? DocumentedDefault(PropertyInfo property) =>
            Member(property)?.Element("summary")?.Value is { } summary && DefaultValue.Match(summary) is { Success: true } match
                ? match.Groups["value"].Value
                : null;

        private XElement? Member(PropertyInfo property) =>
            members.TryGetValue($"P:{Name(property.DeclaringType!)}.{property.Name}", out var member) ? member : null;

        private static string Name(Type type) => type.FullName!.Replace('+', '.');

        // The description's later paragraphs and "Valid values" list what the help already shows, and its markdown is noise in a terminal.
        private static string Plain(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return string.Empty;
            }

            var paragraph = text!.Split(new[] { "<br/>" }, StringSplitOptions.None)[0];
            return ValidValues.Replace(Whitespace.Replace(paragraph.Replace("`", string.Empty).Replace("**", string.Empty), " "), string.Empty).Trim();
        }
    }
}
