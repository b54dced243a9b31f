// Person cards in the staff console.
