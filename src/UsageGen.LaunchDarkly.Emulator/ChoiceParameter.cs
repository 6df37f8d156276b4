using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>A single-valued query parameter with a closed set of values (an enum in the spec) and a default.</summary>
    internal sealed class ChoiceParameter<T>
    {
        private readonly IReadOnlyList<KeyValuePair<string, T>> _choices;

        public ChoiceParameter(string name, T defaultValue, params KeyValuePair<string, T>[] choices)
        {
            Name = name;
            Default = defaultValue;
            _choices = choices;
        }

        public string Name { get; }

        public T Default { get; }

        public T Read(QueryReader query)
        {
            var value = query.OneOf(Name, _choices.Select(choice => choice.Key).ToArray());
            return value is null ? Default : _choices.First(choice => choice.Key == value).Value;
        }
    }
}
