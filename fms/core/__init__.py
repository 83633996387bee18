"""What every layer shares: enums, known errors, labels, text folding, translation markers, resources."""
