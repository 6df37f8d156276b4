using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>
    /// One operation of spec/launchdarkly-usage.yaml as the tests know it, written from the spec rather than from the
    /// generated code: its route, response schema and documented error statuses, and the calls the suites make.
    /// </summary>
    public sealed class SpecOperation
    {
        public SpecOperation(
            string operationId,
            string pathTemplate,
            ResponseKind kind,
            IReadOnlyList<int> errorStatuses,
            EveryParameterCall everyParameter,
            OperationCall emulatorValid)
        {
            OperationId = operationId;
            PathTemplate = pathTemplate;
            Kind = kind;
            ErrorStatuses = errorStatuses;
            EveryParameter = everyParameter;
            EmulatorValid = emulatorValid;
        }

        public string OperationId { get; }

        /// <summary>The path as the spec writes it, e.g. <c>/api/v2/usage/streams/{source}</c>.</summary>
        public string PathTemplate { get; }

        public ResponseKind Kind { get; }

        /// <summary>The non-2xx statuses the spec documents for the operation.</summary>
        public IReadOnlyList<int> ErrorStatuses { get; }

        /// <summary>Every query parameter set, with odd values, for the client's wire and error tests against a fake server.</summary>
        public EveryParameterCall EveryParameter { get; }

        /// <summary>Filters that match the emulator's catalogue and a groupBy where the operation has one, so it answers 200 with data.</summary>
        public OperationCall EmulatorValid { get; }

        public override string ToString() => OperationId;
    }
}
