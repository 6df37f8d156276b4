using System.Collections.Generic;

namespace UsageGen.Cli
{
    /// <summary>A plain list, such as the SDKs or SDK versions seen: named columns and text rows.</summary>
    internal sealed class ListReport : UsageReport
    {
        public ListReport(string command, string path, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string?>> rows)
            : base(command, path)
        {
            Columns = columns;
            Rows = rows;
        }

        /// <summary>The column names, also the JSON property names.</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>One text per column in each row; null where the item has no value.</summary>
        public IReadOnlyList<IReadOnlyList<string?>> Rows { get; }
    }
}
