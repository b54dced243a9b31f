// Access requests in the staff console.
