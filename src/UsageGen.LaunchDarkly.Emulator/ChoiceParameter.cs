using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>A single-valued query parameter with a closed set of values (an enum in the spec) and a default.</summary>
    internal sealed class ChoiceParameter<T> : IQueryParameter
    {
        private readonly IReadOnlyList<KeyValuePair<string, T>> _choices;

        public ChoiceParameter(string name, T defaultValue, params KeyValuePair<string, T>[] choices)
        {
            Name = name;
            Default = defaultValue;
            _choices = choices;
            AllowedValues = choices.Select(choice => choice.Key).ToArray();
        }

        public string Name { get; }

        public T Default { get; }

        public IReadOnlyCollection<string> AllowedValues { get; }

        public T Read(QueryReader query)
        {
            var value = query.OneOf(Name, AllowedValues);
            return value is null ? Default : _choices.First(choice => choice.Key == value).Value;
        }
    }
}
