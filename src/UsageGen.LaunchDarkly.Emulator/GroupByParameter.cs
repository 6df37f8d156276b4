using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>A repeatable <c>groupBy</c> parameter: each value names a dimension to split the series by.</summary>
    internal sealed class GroupByParameter : IQueryParameter
    {
        private readonly IReadOnlyList<KeyValuePair<string, GroupDimension>> _values;

        public GroupByParameter(string name, params KeyValuePair<string, GroupDimension>[] values)
        {
            Name = name;
            _values = values;
            AllowedValues = values.Select(value => value.Key).ToArray();
        }

        public string Name { get; }

        public IReadOnlyCollection<string> AllowedValues { get; }

        /// <summary>The requested dimensions in the order given, each once.</summary>
        public IReadOnlyList<GroupDimension> Read(QueryReader query) =>
            query.AllOf(Name, AllowedValues)
                .Distinct()
                .Select(value => _values.First(candidate => candidate.Key == value).Value)
                .ToArray();
    }
}
