// The organisation directory: types, organisations by name, their classes.
import './organisation';
import './organisation-type';
import './school-class';
import './organisation-queries';
